mod config {
    pub static NAME: &str = "wasmrust";
    pub const SIZE: usize = 4;
    pub static PRIMES: [u32; SIZE] = [2, 3, 5, 7];

    pub mod limits {
        pub const MAX: i64 = 1_000;
        pub const MIN: i64 = -MAX;
        pub static STEP: i64 = super::SIZE as i64 * 25;
    }
}

use config::limits::{self, MAX};

fn clamp(v: i64) -> i64 {
    if v > MAX {
        MAX
    } else if v < limits::MIN {
        limits::MIN
    } else {
        v
    }
}

fn main() {
    println!("{} {}", config::NAME, config::SIZE);
    let grid = [0u8; config::SIZE];
    println!("{:?}", grid);
    let mut sum = 0;
    for p in config::PRIMES {
        sum += p;
    }
    println!("{}", sum);
    println!("{} {} {}", clamp(5000), clamp(-5000), clamp(limits::STEP));
}
