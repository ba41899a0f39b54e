fn f(b: bool) {
    match b {
        true => {}
        false => {}
        true => {}
    }
}
