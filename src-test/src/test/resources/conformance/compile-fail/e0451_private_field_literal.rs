mod geo {
    pub struct Point {
        pub x: i32,
        y: i32,
    }

    pub fn origin() -> Point {
        Point { x: 0, y: 0 }
    }
}

fn main() {
    let p = geo::Point { x: 1, y: 2 };
    let geo::Point { x, .. } = geo::origin();
    println!("{} {}", p.x, x);
}
