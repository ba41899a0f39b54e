fn f(s: &[bool]) {
    match s {
        [] => {}
        [true, ..] => {}
    }
}
