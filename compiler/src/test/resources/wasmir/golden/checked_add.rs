fn add(a: u8, b: u8) -> u8 {
    a + b
}

fn main() {
    let x = add(1, 2);
    println!("{x}");
}
