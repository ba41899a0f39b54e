fn f(n: u8, b: bool) {
    match (n, b) {
        (0..=10, true) => {}
        (5..=15, false) => {}
        (0..=20, _) => {}
    }
}
