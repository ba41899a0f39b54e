fn f(n: u64) {
    match n {
        0..=u64::MAX => {}
        5 => {}
        _ => {}
    }
}
