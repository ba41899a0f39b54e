// Teaching session following the Rust Book, chapter 5: the Rectangle program grown cell by cell.
// -- cell
#[derive(Debug)]
struct Rectangle {
    width: u32,
    height: u32,
}
// -- cell
let rect1 = Rectangle { width: 30, height: 50 };
println!("rect1 is {rect1:?}");
// -- cell
impl Rectangle {
    fn area(&self) -> u32 {
        self.width * self.height
    }
}
rect1.area()
// -- cell
impl Rectangle {
    fn can_hold(&self, other: &Rectangle) -> bool {
        self.width > other.width && self.height > other.height
    }

    fn square(size: u32) -> Self {
        Self { width: size, height: size }
    }
}
// -- cell
let rect2 = Rectangle { width: 10, height: 40 };
let rect3 = Rectangle { width: 60, height: 45 };
(rect1.can_hold(&rect2), rect1.can_hold(&rect3))
// -- cell
let sq = Rectangle::square(3);
sq
// -- cell
println!("{:#?}", sq);
// -- cell
struct Color(i32, i32, i32);
let black = Color(0, 0, 0);
black.0 + black.1 + black.2
// -- cell: expect-error E0609
rect1.depth
