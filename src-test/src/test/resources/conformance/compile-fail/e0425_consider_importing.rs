mod math {
    pub fn triple(x: i32) -> i32 {
        x * 3
    }
}

fn main() {
    println!("{}", triple(4));
}
