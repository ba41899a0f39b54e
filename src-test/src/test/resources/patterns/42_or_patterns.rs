fn f(o: Option<u8>) {
    match o {
        Some(1 | 2) => {}
        Some(0) | None => {}
    }
}
