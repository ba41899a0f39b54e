// Integer methods from the standard library's Rust source: pow, abs, min/max/clamp, checked,
// wrapping, saturating and overflowing arithmetic, Euclidean division.
fn main() {
    let a: i32 = -17;
    println!("{} {} {} {}", a.abs(), a.signum(), a.pow(2), 2i64.pow(40));
    println!("{} {} {}", a.min(3), a.max(3), 15.clamp(0, 10));
    println!("{} {}", a.rem_euclid(5), a.div_euclid(5));
    println!("{:?} {:?}", 250u8.checked_add(5), 250u8.checked_add(6));
    println!("{:?} {:?}", 5u32.checked_sub(6), i32::MAX.checked_mul(2));
    println!("{:?} {:?}", 10i32.checked_div(0), i32::MIN.checked_div(-1));
    println!("{} {}", 250u8.wrapping_add(10), 0u16.wrapping_sub(1));
    println!("{} {}", i32::MAX.wrapping_add(1), 3i64.wrapping_mul(i64::MAX));
    println!("{} {} {}", 250u8.saturating_add(10), 5u32.saturating_sub(9), i16::MIN.saturating_sub(1));
    println!("{:?} {:?}", 200u8.overflowing_add(100), i64::MIN.overflowing_sub(1));
    println!("{} {}", 64u32.is_power_of_two(), 65u32.is_power_of_two());
    println!("{} {}", 7u8.abs_diff(10), (-3i8).is_negative());
    let big: u64 = 3;
    println!("{}", big.pow(30));
    let total: i32 = [1, 2, 3].len() as i32;
    println!("{}", total.pow(3));
}
