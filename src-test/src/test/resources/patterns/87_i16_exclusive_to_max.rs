fn f(n: i16) {
    match n {
        i16::MIN..0 => {}
        0..i16::MAX => {}
    }
}
