// Panic: i32::MIN / -1 ("attempt to divide with overflow") after wrapping/checked alternatives
fn main() {
    let values = [i32::MIN, -7, 7, i32::MAX];
    for &v in values.iter() {
        println!("{} / -1: checked={:?} checked_rem={:?} wrapping_mul={}", v, v.checked_div(-1), v.checked_rem(-1), v.wrapping_mul(-1));
        println!("{} % 3 = {}, rem_euclid = {}", v, v % 3, v.rem_euclid(3));
    }
    let mut d = 1;
    for &v in values.iter() {
        d = -d;
        println!("{} / {} = {}", v, d, v / d);
    }
}
