enum Shape {
    Circle { r: u32 },
    Square(u32),
    Empty,
}

fn f(s: Shape) {
    match s {
        Shape::Square(_) => {}
    }
}
