fn f(r: &Option<bool>) {
    match r {
        &None => {}
    }
}
