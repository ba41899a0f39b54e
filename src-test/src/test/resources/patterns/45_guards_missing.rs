fn f(n: u32, o: Option<u8>) {
    match n {
        x if x > 2 => {}
    }
    match o {
        Some(x) if x > 0 => {}
        None => {}
    }
}
