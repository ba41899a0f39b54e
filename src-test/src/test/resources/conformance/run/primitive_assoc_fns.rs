// Associated functions of primitive types called by path (char::from_digit, i32::from_str_radix) and
// split_at on slices and strings.

fn main() {
    println!("{:?} {:?} {:?}", char::from_digit(7, 10), char::from_digit(11, 16), char::from_digit(10, 10));
    let hex: String = (0..16).map(|d| char::from_digit(d, 16).unwrap()).collect();
    println!("{}", hex);
    println!("{:?} {:?}", i32::from_str_radix("ff", 16), u8::from_str_radix("101", 2));
    println!("{:?} {:?}", i64::from_str_radix("-Zz", 36), u8::from_str_radix("400", 10));
    println!("{:?} {:?}", "42".parse::<i32>(), "x".parse::<u8>());
    let v = [1, 2, 3, 4];
    let (a, b) = v.split_at(1);
    println!("{:?} {:?}", a, b);
    let (x, y) = "hello".split_at(2);
    println!("{} {}", x, y);
}
