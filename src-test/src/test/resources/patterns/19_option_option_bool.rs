fn f(v: Option<Option<bool>>) {
    match v {
        Some(Some(true)) => {}
        None => {}
    }
}
