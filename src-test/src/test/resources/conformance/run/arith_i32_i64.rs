fn mix(a: i32, b: i64) -> i64 {
    a as i64 * b - (a as i64) / 3
}

fn main() {
    println!("{}", mix(7, 9_000_000_000));
    println!("{}", mix(-2147483648, 2));
    println!("{} {}", i32::MAX, i32::MIN);
    println!("{} {}", i64::MAX, i64::MIN);
    let q = -17 / 5;
    let r = -17 % 5;
    println!("{} {}", q, r);
    let big: i64 = 1 << 40;
    println!("{big} {}", big >> 3);
    println!("{}", -1i64 as u64);
    println!("{}", u64::MAX);
    println!("{:x}", -1i32);
    println!("{:b}", 1234567i64);
}
