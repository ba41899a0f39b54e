fn f(o: Option<u8>) {
    match o {
        x @ Some(0..=5) => {}
        y @ None => {}
    }
}
