fn f(x: Option<u8>) {
    match x {
        Some(0) => {},
        None => {},
    }
}
