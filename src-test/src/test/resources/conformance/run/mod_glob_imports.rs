mod colors {
    pub const RED: u32 = 0xff0000;
    pub const GREEN: u32 = 0x00ff00;
    pub const BLUE: u32 = 0x0000ff;

    pub fn describe(c: u32) -> &'static str {
        match c {
            RED => "red",
            GREEN => "green",
            BLUE => "blue",
            _ => "mixed",
        }
    }

    pub fn mix(a: u32, b: u32) -> u32 {
        a | b
    }
}

mod palette {
    pub use crate::colors::*;

    pub fn describe(c: u32) -> &'static str {
        // an item defined here shadows the one the glob brings in
        if c == 0 {
            "black"
        } else {
            crate::colors::describe(c)
        }
    }

    pub mod tests {
        use super::*;

        pub fn run() -> u32 {
            let mut n = 0;
            if describe(RED) == "red" {
                n += 1;
            }
            if describe(0) == "black" {
                n += 1;
            }
            if mix(RED, BLUE) == 0xff00ff {
                n += 1;
            }
            n
        }
    }
}

use palette::*;

fn mix(a: u32, b: u32) -> u32 {
    // shadows palette's glob-imported mix
    a ^ b
}

fn main() {
    println!("{}", describe(GREEN));
    println!("{}", describe(0));
    println!("{}", describe(mix(RED, RED)));
    println!("{:06x}", palette::mix(RED, GREEN));
    println!("{}", palette::tests::run());
}
