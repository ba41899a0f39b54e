fn main() {
    let mut x: u8 = 250;
    x += 5;
    println!("x = {}", x);
    let y: u16 = 65000;
    println!("y = {} {:#06x}", y + 535, y);
    let z = x as u16 * 256 + 3;
    println!("z = {z}");
    println!("{} {} {}", u8::MAX, u16::MAX, u8::MIN);
    println!("{}", !0u8);
    println!("{}", !5u16);
    println!("{}", 200u8 / 3);
    println!("{}", 200u8 % 7);
}
