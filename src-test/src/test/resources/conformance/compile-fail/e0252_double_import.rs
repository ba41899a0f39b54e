mod a {
    pub fn run() -> i32 {
        1
    }
}

mod b {
    pub fn run() -> i32 {
        2
    }
}

use a::run;
use b::run;

fn main() {
    println!("{}", run());
}
