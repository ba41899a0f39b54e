// Panic: assert_eq! failure with a message, comparing derived-Debug structs (left/right rendering)
#[derive(Debug, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

fn rotate90(p: Point) -> Point {
    Point { x: -p.y, y: p.x }
}

fn main() {
    let p = Point { x: 3, y: 1 };
    let q = rotate90(rotate90(rotate90(rotate90(Point { x: 3, y: 1 }))));
    assert_eq!(p, q);
    println!("four rotations is identity: {:?}", q);
    let r = rotate90(Point { x: 3, y: 1 });
    assert_eq!(r, Point { x: 1, y: 3 }, "rotating {:?} by 90 degrees", p);
    println!("not reached");
}
