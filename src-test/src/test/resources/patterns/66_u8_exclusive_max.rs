fn f(n: u8) {
    match n {
        0..255 => {}
    }
}
