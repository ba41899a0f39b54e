fn f(u: usize) {
    match u {
        0..=100 => {}
    }
    match u {
        0..=usize::MAX => {}
    }
    match u {
        0.. => {}
    }
}
