fn main() {
    let a = 'x';
    let b = 'y';
    assert_eq!(a, b, "letters differ after {} tries", 3);
}
