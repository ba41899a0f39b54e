fn shift(x: i128, by: u8) -> i128 {
    x >> by
}

fn main() {
    println!("{}", shift(-1024, 3));
    println!("{}", shift(-1024, 128));
}
