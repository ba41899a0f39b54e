fn f(r: &Option<bool>) {
    match r {
        Some(true) => {}
        None => {}
    }
}
