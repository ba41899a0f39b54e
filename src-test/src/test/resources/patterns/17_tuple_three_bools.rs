fn f(a: bool, b: bool, c: bool) {
    match (a, b, c) {
        (true, _, _) => {}
        (false, true, _) => {}
        (_, _, true) => {}
    }
}
