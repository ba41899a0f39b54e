fn f(r: &mut Option<u8>) {
    match r {
        Some(0) => {}
        None => {}
    }
}
