mod geometry {
    pub mod shapes {
        pub fn unit() -> i32 {
            1
        }
    }
}

fn main() {
    println!("{}", geometry::shape::unit());
    println!("{}", physics::gravity());
}
