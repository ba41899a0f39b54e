fn f(o: Option<&str>, p: Option<&str>) {
    match o {
        Some("a") => {}
        None => {}
    }
    match p {
        Some("a") => {}
    }
}
