fn f(a: [bool; 0], b: [u8; 2]) {
    match a {
        [] => {}
    }
    match b {
        [0, _] => {}
        [_, 0] => {}
    }
}
