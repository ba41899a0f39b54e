fn f(s: &str) {
    match s {
        "a" => {}
        "b" => {}
    }
}
