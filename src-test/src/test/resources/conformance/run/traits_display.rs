use std::fmt;

#[derive(Debug, Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

impl fmt::Display for Point {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "({}, {})", self.x, self.y)
    }
}

trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
    fn describe(&self) -> String {
        format!("{} with area {:.2}", self.name(), self.area())
    }
}

struct Circle {
    r: f64,
}

struct Square {
    side: f64,
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.14159 * self.r * self.r
    }
    fn name(&self) -> String {
        "circle".to_string()
    }
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
}

fn total<T: Shape>(items: &[T]) -> f64 {
    let mut t = 0.0;
    for s in items {
        t += s.area();
    }
    t
}

fn show<T: fmt::Display>(v: T) {
    println!("<{}>", v);
}

enum Temp {
    C(f64),
    F(f64),
}

impl fmt::Display for Temp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Temp::C(v) => write!(f, "{:.1}°C", v),
            Temp::F(v) => write!(f, "{:.1}°F", v),
        }
    }
}

fn main() {
    let p = Point { x: 1, y: -2 };
    println!("{} {:?}", p, p);
    show(p);
    let c = Circle { r: 2.0 };
    let s = Square { side: 3.0 };
    println!("{}", c.describe());
    println!("{}", s.describe());
    println!("{:.3}", total(&[Circle { r: 1.0 }, Circle { r: 0.5 }]));
    let temps = [Temp::C(21.456), Temp::F(70.0)];
    for t in &temps {
        println!("{}", t);
    }
    let mut out = String::new();
    use std::fmt::Write;
    write!(out, "{}-{}", 1, 2).unwrap();
    writeln!(out, "!").unwrap();
    print!("{}", out);
    let label = format!("at {}", p);
    println!("{}", label);
}
