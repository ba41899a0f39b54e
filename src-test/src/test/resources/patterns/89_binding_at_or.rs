fn f(n: u8) {
    match n {
        x @ (1 | 2) => {}
        0 => {}
    }
}
