fn rem(a: i8, b: i8) -> i8 {
    a % b
}

fn main() {
    println!("{}", rem(-128, 3));
    println!("{}", rem(-128, -1));
}
