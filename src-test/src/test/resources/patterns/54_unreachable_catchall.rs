fn f(x: Option<i32>) {
    match x {
        y => {}
        None => {}
    }
}
