fn main() {
    let a: u32 = 0b1011_0110;
    let b: u32 = 0x0F;
    println!("{} {} {} {}", a & b, a | b, a ^ b, !a);
    println!("{} {}", a << 4, a >> 2);
    let s: i32 = -256;
    println!("{} {}", s >> 4, (s as u32) >> 28);
    println!("{}", true ^ false);
    println!("{}", true & false | true);
    let mut flags = 0u8;
    flags |= 1 << 3;
    flags |= 1;
    flags ^= 0xFF;
    flags &= 0x7F;
    println!("{flags:08b}");
    let c = 'q';
    println!("{}", c > 'a' && c < 'z');
    println!("{}", 1u64 << 63);
    println!("{}", -1i64 >> 63);
    let mut h: u64 = 1469598103934665603;
    for i in 0..10u64 {
        h ^= i;
        h = (h as u128 * 1099511628211 % (1u128 << 64)) as u64;
    }
    println!("{h}");
}
