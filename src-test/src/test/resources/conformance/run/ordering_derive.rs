#[derive(Debug, PartialEq, PartialOrd, Clone, Copy)]
enum Level {
    Low,
    Mid(u8),
    High { v: i32 },
}

#[derive(Debug, PartialEq, PartialOrd)]
struct Version {
    major: u32,
    minor: u32,
    tag: &'static str,
}

fn main() {
    println!("{} {} {}", (1, 2) < (1, 3), (2, 0) < (1, 9), (1, "b") >= (1, "a"));
    println!("{} {}", [1, 2, 3] < [1, 2, 4], [3, 0] <= [3, 0]);
    println!("{} {} {}", Level::Low < Level::Mid(0), Level::Mid(5) > Level::Mid(3), Level::High { v: -1 } > Level::Mid(200));
    let a = Version { major: 1, minor: 2, tag: "beta" };
    let b = Version { major: 1, minor: 2, tag: "alpha" };
    println!("{} {} {}", a > b, a <= b, a == b);
    println!("{} {}", (1.0, f64::NAN) < (1.0, 2.0), (0.5, 1) < (1.0, 0));
}
