// A struct defined in one cell, its impl in the next, instances and method calls in later cells.
// -- cell
#[derive(Debug, Clone, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}
// -- cell
impl Point {
    fn new(x: i32, y: i32) -> Point {
        Point { x, y }
    }

    fn manhattan(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }

    fn shift(&mut self, dx: i32, dy: i32) {
        self.x += dx;
        self.y += dy;
    }
}
// -- cell
let mut p = Point::new(3, -4);
p
// -- cell
p.manhattan()
// -- cell
p.shift(10, 10);
println!("moved to ({}, {})", p.x, p.y);
// -- cell
let q = p.clone();
q == p
// -- cell
Point { y: 0, ..q }
