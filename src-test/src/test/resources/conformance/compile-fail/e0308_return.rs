fn double(x: u8) -> u8 {
    x as u16 * 2
}

fn main() {
    println!("{}", double(2));
}
