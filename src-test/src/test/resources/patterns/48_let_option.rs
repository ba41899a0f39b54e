fn f(x: Option<i32>) {
    let Some(y) = x;
}
