fn f(s: &[bool]) {
    match s {
        [] => {}
        [.., false] => {}
    }
}
