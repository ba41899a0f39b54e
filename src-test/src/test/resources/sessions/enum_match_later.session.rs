// An enum defined in one cell, matched in functions and statements of later cells.
// -- cell
#[derive(Debug)]
enum Shape {
    Circle(f64),
    Rect { w: f64, h: f64 },
    Dot,
}
// -- cell
fn area(s: &Shape) -> f64 {
    match s {
        Shape::Circle(r) => 3.0 * r * r,
        Shape::Rect { w, h } => w * h,
        Shape::Dot => 0.0,
    }
}
// -- cell
let shapes = vec![Shape::Circle(2.0), Shape::Rect { w: 3.0, h: 1.5 }, Shape::Dot];
shapes.len()
// -- cell
for s in &shapes {
    println!("{:?} has area {}", s, area(s));
}
// -- cell
let names: Vec<&str> = shapes
    .iter()
    .map(|s| match s {
        Shape::Circle(_) => "circle",
        Shape::Rect { .. } => "rect",
        Shape::Dot => "dot",
    })
    .collect();
names
// -- cell
match &shapes[1] {
    Shape::Rect { w, .. } if *w > 2.0 => "wide",
    _ => "other",
}
// -- cell
Shape::Rect { w: 1.0, h: 2.0 }
