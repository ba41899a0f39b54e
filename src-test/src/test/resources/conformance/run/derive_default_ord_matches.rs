#[derive(Debug, Default, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
struct Version {
    major: u32,
    minor: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Low,
    Mid,
    High,
}

fn main() {
    let x = 7.5_f64 % 2.0;
    let y = -7.5_f32 % 2.0;
    println!("{} {}", x, y);
    let mut z = 10.25;
    z %= 3.0;
    println!("{}", z);
    let none: Option<i32> = None;
    println!("{}", none.unwrap_or_default());
    let s: Option<String> = None;
    println!("[{}]", s.unwrap_or_default());
    let v = Version::default();
    println!("{:?}", v);
    let a = Version { major: 1, minor: 2 };
    let b = Version { major: 1, minor: 10 };
    println!("{} {} {:?}", a < b, a == b, a.cmp(&b));
    let mut levels = vec![Level::High, Level::Low, Level::Mid];
    levels.sort();
    println!("{:?}", levels);
    println!("{}", matches!(Level::Mid, Level::Mid | Level::High));
    let n = 5;
    println!("{}", matches!(n, 1..=5 if n % 2 == 1));
}
