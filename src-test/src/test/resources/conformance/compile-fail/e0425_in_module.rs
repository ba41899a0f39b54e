mod m {
    pub fn compute() -> i32 {
        1
    }
}

fn main() {
    println!("{}", m::compte());
    println!("{}", crate::nothing());
}
