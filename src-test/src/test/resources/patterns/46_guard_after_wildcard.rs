fn f(o: Option<u8>) {
    match o {
        _ => {}
        Some(x) if x > 3 => {}
    }
}
