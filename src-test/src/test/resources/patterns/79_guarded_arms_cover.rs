fn f(b: bool) {
    match b {
        true if b => {}
        false if b => {}
    }
}
