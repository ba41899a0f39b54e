fn main() {
    let r: Result<i32, (i32, bool)> = Err((4, true));
    let v = r
        .unwrap();
}
