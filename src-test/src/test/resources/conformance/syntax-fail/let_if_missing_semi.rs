fn main() {
    let x = 10;
    let y = if x > 5 { "big" } else { "small" }
    println!("{y}");
}
