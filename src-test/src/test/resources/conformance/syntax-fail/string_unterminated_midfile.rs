fn main() {
    let s = "unterminated;
    println!("{s}");
}
