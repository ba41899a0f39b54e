fn rem(a: u64, b: u64) -> u64 {
    a % b
}

fn main() {
    println!("{}", rem(17, 5));
    println!("{}", rem(17, 0));
}
