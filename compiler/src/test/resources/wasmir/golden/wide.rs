fn f(a: i128, b: i64) -> i128 {
    a * (b as i128) - 1
}

fn main() {
    assert_eq!(f(2, 3), 5);
}
