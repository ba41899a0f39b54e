fn f(n: u8, t: (bool, bool)) {
    match n {}
    match t {}
}
