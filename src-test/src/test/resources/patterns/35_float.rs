fn f(x: f64) {
    match x {
        1.0 => {}
        2.5 => {}
    }
}
