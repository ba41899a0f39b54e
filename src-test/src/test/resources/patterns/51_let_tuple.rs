fn f(t: (u8, bool)) {
    let (1, b) = t;
}
