fn f(a: bool, b: bool) {
    match (a, b) {
        (true, true) | (false, false) => {}
        (true, false) => {}
        (false, true) => {}
        (_, _) => {}
    }
}
