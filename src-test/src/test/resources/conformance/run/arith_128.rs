fn fact(n: u32) -> u128 {
    let mut acc: u128 = 1;
    let mut i = 1;
    while i <= n {
        acc *= i as u128;
        i += 1;
    }
    acc
}

fn main() {
    println!("{}", fact(30));
    println!("{}", fact(34));
    println!("{}", u128::MAX);
    println!("{} {}", i128::MIN, i128::MAX);
    let a: i128 = -123456789012345678901234567890;
    let b: i128 = 987654321098765432109876543;
    println!("{}", a + b);
    println!("{}", a - b);
    println!("{}", a / b);
    println!("{}", a % b);
    println!("{}", b * 1000);
    println!("{}", a * -3);
    println!("{:x}", u128::MAX / 3);
    println!("{:#b}", 5i128);
    println!("{}", (a >> 10) << 3);
    println!("{}", a < b);
    println!("{}", a as i8);
    println!("{}", -5i64 as i128);
    println!("{}", u64::MAX as u128 + 1);
}
