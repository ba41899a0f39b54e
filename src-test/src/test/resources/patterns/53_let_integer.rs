fn f(n: i32) {
    let 0 = n;
}
