fn f(a: bool, b: bool) {
    match (a, b) {
        (true, _) => {}
        (false, true) | (true, true) => {}
        _ => {}
    }
}
