fn f(o: Option<u8>) {
    match o {
        Some(x) if x > 1 => {}
        Some(_) => {}
        None => {}
        Some(3) => {}
    }
}
