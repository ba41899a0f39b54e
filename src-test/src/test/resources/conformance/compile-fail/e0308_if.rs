fn main() {
    let n = 3;
    let v = if n > 2 { 1 } else { false };
    println!("{v}");
}
