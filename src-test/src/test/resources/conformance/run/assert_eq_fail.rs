fn triple(x: i64) -> i64 {
    x * 3
}

fn main() {
    assert_eq!(triple(4), 12);
    assert_eq!(triple(5), 16);
}
