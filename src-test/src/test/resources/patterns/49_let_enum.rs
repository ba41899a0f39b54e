enum Shape {
    Circle { r: u32 },
    Square(u32),
    Empty,
}

fn f(s: Shape) {
    let Shape::Circle { r } = s;
}
