// Calling generic functions with types that lack the bounds: E0277 at the argument, for std and user traits.
use std::fmt::Display;

#[derive(Debug)]
struct Point {
    x: i32,
}

trait Area {
    fn area(&self) -> f64;
}

struct Square(f64);

impl Area for Square {
    fn area(&self) -> f64 {
        self.0 * self.0
    }
}

fn largest<T: PartialOrd + Copy>(v: &[T]) -> T {
    let mut m = v[0];
    for &x in v {
        if x > m {
            m = x;
        }
    }
    m
}

fn show<T: Display>(t: T) -> String {
    format!("<{}>", t)
}

fn twice<T: Clone>(t: &T) -> (T, T) {
    (t.clone(), t.clone())
}

fn total_area<A: Area>(shapes: &[A]) -> f64 {
    shapes.iter().map(|s| s.area()).sum()
}

fn main() {
    println!("{}", largest(&[1.5, 0.5]));
    println!("{}", largest(&[String::from("a")]));
    println!("{}", show(Point { x: 1 }));
    println!("{}", show(vec![1, 2]));
    let (a, b) = twice(&Point { x: 2 });
    println!("{:?} {:?}", a, b);
    println!("{}", total_area(&[Square(2.0)]));
    println!("{}", total_area(&[Point { x: 3 }]));
}
