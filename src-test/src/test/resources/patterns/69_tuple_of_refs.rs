fn f(a: &bool, b: &bool) {
    match (a, b) {
        (true, true) => {}
        (false, _) => {}
    }
}
