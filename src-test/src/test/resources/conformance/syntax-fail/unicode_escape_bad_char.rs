fn main() {
    let s = "abc\u{zz}";
}
