fn f(v: Option<Option<Option<bool>>>) {
    match v {
        Some(Some(Some(false))) => {}
        Some(None) => {}
        None => {}
    }
}
