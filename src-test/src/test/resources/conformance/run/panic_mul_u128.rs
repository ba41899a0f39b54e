fn mul(a: u128, b: u128) -> u128 {
    a * b
}

fn main() {
    println!("{}", mul(1 << 63, 1 << 64));
    println!("{}", mul(1 << 64, 1 << 64));
}
