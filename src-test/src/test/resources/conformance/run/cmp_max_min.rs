// std::cmp::max and min through `use`, on numbers, strings, derived orderings, and values with Drop.
use std::cmp::{max, min};

#[derive(Debug, PartialEq, Eq, PartialOrd, Ord)]
struct Version {
    major: u32,
    minor: u32,
}

#[derive(PartialEq, Eq, PartialOrd, Ord)]
struct Loud(i32, &'static str);

impl Drop for Loud {
    fn drop(&mut self) {
        println!("dropping {}", self.1);
    }
}

fn main() {
    println!("{} {}", max(3, 7), min(3, 7));
    println!("{} {}", max(-2i64, -9), min("pear", "apple"));
    let newest = max(Version { major: 1, minor: 4 }, Version { major: 1, minor: 10 });
    println!("{:?}", newest);
    let same = min(Version { major: 2, minor: 0 }, Version { major: 2, minor: 0 });
    println!("{:?}", same);
    let big = max(Loud(5, "five"), Loud(7, "seven"));
    println!("max kept {}", big.1);
    let small = min(Loud(5, "five again"), Loud(7, "seven again"));
    println!("min kept {}", small.1);
    let scores = vec![40, 75, 12];
    let best = scores.iter().fold(0, |acc, &s| max(acc, s));
    let worst = scores.iter().fold(i32::MAX, |acc, &s| min(acc, s));
    println!("best {} worst {}", best, worst);
}
