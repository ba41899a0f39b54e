#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Low,
    Mid,
    High,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u32,
    minor: u32,
}

fn main() {
    println!("{:?} {:?}", Level::Mid.max(Level::Low), Level::Mid.min(Level::High));
    println!("{:?}", Level::High.clamp(Level::Low, Level::Mid));
    let a = Version { major: 1, minor: 4 };
    let b = Version { major: 1, minor: 12 };
    println!("{:?}", a.clone().max(b.clone()));
    println!("{:?}", a.min(b));
    let newest = vec![Level::Low, Level::High, Level::Mid].into_iter().max();
    println!("{:?}", newest);
}
