fn f(v: Option<Option<bool>>) {
    match v {
        Some(_) => {}
        None => {}
        Some(None) => {}
    }
}
