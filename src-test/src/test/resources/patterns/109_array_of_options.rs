fn f(a: [Option<bool>; 2]) {
    match a {
        [Some(_), _] => {}
        [None, Some(true)] => {}
    }
}
