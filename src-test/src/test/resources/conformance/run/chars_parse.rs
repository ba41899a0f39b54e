fn main() {
    let text = "Hello, Wörld 42!";
    let mut letters = 0;
    let mut digits = 0;
    let mut upper = String::new();
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            letters += 1;
        }
        if c.is_ascii_digit() {
            digits += c.to_digit(10).unwrap();
        }
        upper.push(c.to_ascii_uppercase());
    }
    println!("{} {} {}", letters, digits, upper);
    for (i, c) in "añb".char_indices() {
        println!("{} {:?} {}", i, c, c.len_utf8());
    }
    let mut sum = 0u32;
    for b in "abc".bytes() {
        sum += b as u32;
    }
    println!("{}", sum);
    let n: i32 = "-123".parse().unwrap();
    let m = "77".parse::<u8>();
    println!("{} {:?}", n, m);
    println!("{:?}", "12a".parse::<i32>());
    println!("{:?} {:?}", "".parse::<u64>(), "300".parse::<u8>());
    match "-129".parse::<i8>() {
        Ok(v) => println!("{}", v),
        Err(e) => println!("error: {}", e),
    }
    let line = String::from("  10  ");
    println!("{}", ' '.is_whitespace());
    let v: u32 = "4294967295".parse().unwrap();
    println!("{}", v);
    let bad: i32 = "x".parse().expect("not a number");
}
