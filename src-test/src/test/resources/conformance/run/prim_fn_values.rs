// Methods of primitive types named by path and passed to iterator adaptors.
fn main() {
    let v = vec![-3, 7, -11];
    let abs: Vec<i32> = v.iter().copied().map(i32::abs).collect();
    println!("{:?}", abs);
    let total: i64 = v.iter().map(|x| i64::from(*x)).map(i64::signum).sum();
    println!("{}", total);
    let words = vec!["  hi ", "there  ", " rust"];
    let trimmed: Vec<&str> = words.iter().copied().map(str::trim).collect();
    println!("{:?}", trimmed);
    let owned: Vec<String> = trimmed.iter().copied().map(str::to_uppercase).collect();
    println!("{:?}", owned);
    let digits = "a1b2c3".chars().filter(char::is_ascii_digit).count();
    println!("{}", digits);
    let upper: String = "shout".chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", upper);
}
