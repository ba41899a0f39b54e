fn f(a: u128, b: i128) {
    match a {
        0 => {}
    }
    match b {
        0..=5 => {}
    }
}
