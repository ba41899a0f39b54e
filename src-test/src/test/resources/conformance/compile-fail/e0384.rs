fn main() {
    let x = 5;
    println!("{x}");
    x = 6;
    println!("{x}");
}
