mod shapes {
    fn area(w: i32, h: i32) -> i32 {
        w * h
    }

    pub fn square(s: i32) -> i32 {
        area(s, s)
    }
}

fn main() {
    println!("{}", shapes::square(3));
    println!("{}", shapes::area(2, 3));
}
