fn f(s: &[bool]) {
    match s {
        [] => {}
        [_] => {}
        [true, .., true] => {}
        [false, .., _] => {}
    }
}
