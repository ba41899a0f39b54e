fn main() {
    let x = 10u7;
    println!("{x}");
}
