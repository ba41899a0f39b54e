fn f(b: bool) {
    match b {
        x if x => {}
    }
}
