fn sub(a: u32, b: u32) -> u32 {
    a - b
}

fn main() {
    println!("{}", sub(5, 3));
    println!("{}", sub(3, 5));
}
