fn main() {
    for i 0..3 {
        println!("{i}");
    }
}
