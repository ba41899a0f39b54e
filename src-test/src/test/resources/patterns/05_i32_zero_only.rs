fn f(n: i32) {
    match n {
        0 => {}
    }
}
