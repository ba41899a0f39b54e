fn f(a: [bool; 4]) {
    match a {
        [true, .., true] => {}
        [false, ..] => {}
    }
}
