fn main() {
    let tuple = (1, "a");
    let (a, b) = tuple
    println!("{a} {b}");
}
