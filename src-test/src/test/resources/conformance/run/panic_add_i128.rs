fn add(a: i128, b: i128) -> i128 {
    a + b
}

fn main() {
    println!("{}", add(i128::MAX - 1, 1));
    println!("{}", add(i128::MAX, 1));
}
