fn main() {
    let r: Result<i32, &str> = Err("bad");
    r.expect("failed to get");
}
