fn f(x: Option<bool>) {
    match x {
        Some(true) => {}
        Some(true | false) | None => {}
    }
}
