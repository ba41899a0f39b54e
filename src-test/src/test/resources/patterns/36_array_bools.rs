fn f(a: [bool; 3]) {
    match a {
        [true, ..] => {}
        [_, _, false] => {}
    }
}
