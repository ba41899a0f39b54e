fn f(o: Option<bool>, b: bool) {
    match (o, b) {
        (Some(true), _) => {}
        (None, false) => {}
    }
}
