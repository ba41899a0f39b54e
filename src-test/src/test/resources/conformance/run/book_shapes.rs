// Traits with default methods and generics: shapes, trait bounds, generic largest-area, impl Display
use std::fmt;

trait Shape {
    fn area(&self) -> f64;
    fn perimeter(&self) -> f64;
    fn name(&self) -> String {
        String::from("shape")
    }
    fn describe(&self) -> String {
        format!("{} with area {:.2} and perimeter {:.2}", self.name(), self.area(), self.perimeter())
    }
}

#[derive(Debug, Clone, Copy)]
struct Circle {
    r: f64,
}

#[derive(Debug, Clone, Copy)]
struct Rect {
    w: f64,
    h: f64,
}

#[derive(Debug)]
struct Triangle(f64, f64, f64);

impl Shape for Circle {
    fn area(&self) -> f64 {
        std::f64::consts::PI * self.r * self.r
    }
    fn perimeter(&self) -> f64 {
        2.0 * std::f64::consts::PI * self.r
    }
    fn name(&self) -> String {
        format!("circle(r={})", self.r)
    }
}

impl Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
    fn perimeter(&self) -> f64 {
        2.0 * (self.w + self.h)
    }
}

impl Shape for Triangle {
    fn area(&self) -> f64 {
        let s = self.perimeter() / 2.0;
        (s * (s - self.0) * (s - self.1) * (s - self.2)).sqrt()
    }
    fn perimeter(&self) -> f64 {
        self.0 + self.1 + self.2
    }
    fn name(&self) -> String {
        String::from("triangle")
    }
}

impl fmt::Display for Rect {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}x{}", self.w, self.h)
    }
}

fn bigger<A: Shape, B: Shape>(a: &A, b: &B) -> String {
    if a.area() >= b.area() {
        a.name()
    } else {
        b.name()
    }
}

fn total_area<T: Shape>(items: &[T]) -> f64 {
    let mut t = 0.0;
    for i in items {
        t += i.area();
    }
    t
}

fn main() {
    let c = Circle { r: 1.5 };
    let r = Rect { w: 3.0, h: 2.5 };
    let t = Triangle(3.0, 4.0, 5.0);
    println!("{}", c.describe());
    println!("{}", r.describe());
    println!("{}", t.describe());
    println!("bigger of circle/rect: {}", bigger(&c, &r));
    println!("bigger of triangle/circle: {}", bigger(&t, &c));
    let rects = vec![r, Rect { w: 1.0, h: 1.0 }, Rect { h: 10.0, ..r }];
    println!("total rect area {}", total_area(&rects));
    let circles = [Circle { r: 1.0 }, Circle { r: 2.0 }];
    println!("total circle area {:.5}", total_area(&circles));
    for x in &rects {
        println!("rect {} -> {:?}", x, x);
    }
}
