fn f(x: f64, b: bool) {
    match (x, b) {
        (1.0, _) => {}
        (_, true) => {}
    }
}
