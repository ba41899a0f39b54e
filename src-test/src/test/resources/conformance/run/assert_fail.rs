fn main() {
    let x = 3;
    assert!(x * 2 == 6);
    assert!(x + 1 == 5);
}
