fn f(s: String) {
    match s {
        _ if true => {}
    }
}
