fn f(a: Option<bool>, b: bool) {
    match (a, b) {
        (Some(true), _) => {}
        (Some(true | false), true) | (None, _) => {}
        (_, false) => {}
    }
}
