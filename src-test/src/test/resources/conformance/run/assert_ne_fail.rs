fn main() {
    let t = true;
    assert_ne!(t, !false);
}
