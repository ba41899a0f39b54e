fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn main() {
    assert!(gcd(12, 18) == 6);
    assert!(gcd(17, 5) == 1, "coprime");
    assert_eq!(gcd(100, 75), 25);
    assert_ne!(gcd(8, 12), 1, "not coprime: {}", gcd(8, 12));
    assert_eq!(i8::MAX as i32 + 1, 128, "edge");
    println!("all assertions passed");
}
