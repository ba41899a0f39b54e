mod m {
    pub fn compute() -> i32 {
        1
    }
}

use m::compute;

fn compute() -> i32 {
    2
}

fn main() {
    println!("{}", compute());
}
