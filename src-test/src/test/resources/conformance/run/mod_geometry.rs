mod geometry {
    pub mod shapes {
        #[derive(Debug, Clone, PartialEq)]
        pub struct Point {
            pub x: f64,
            pub y: f64,
        }

        impl Point {
            pub fn new(x: f64, y: f64) -> Point {
                Point { x, y }
            }
            pub fn dist(&self, other: &Point) -> f64 {
                super::math::hypot(self.x - other.x, self.y - other.y)
            }
        }

        pub enum Shape {
            Circle(Point, f64),
            Rect { min: Point, max: Point },
        }

        pub const ORIGIN: Point = Point { x: 0.0, y: 0.0 };
    }

    pub mod math {
        pub fn hypot(a: f64, b: f64) -> f64 {
            (a * a + b * b).sqrt()
        }
        pub(crate) fn square(x: f64) -> f64 {
            x * x
        }
    }

    pub use self::shapes::Point;
    use self::shapes::Shape;

    pub fn area(s: &Shape) -> f64 {
        match s {
            Shape::Circle(_, r) => 3.0 * math::square(*r),
            Shape::Rect { min, max } => (max.x - min.x) * (max.y - min.y),
        }
    }
}

use geometry::shapes::{self, Shape};
use geometry::Point as P;

fn main() {
    let a = P::new(3.0, 4.0);
    let o = shapes::ORIGIN;
    println!("{}", a.dist(&o));
    let c = Shape::Circle(geometry::Point::new(1.0, 1.0), 2.0);
    let r = geometry::shapes::Shape::Rect { min: crate::geometry::shapes::ORIGIN, max: a.clone() };
    println!("{} {}", geometry::area(&c), geometry::area(&r));
    println!("{:?}", o);
    println!("{}", geometry::math::square(5.0));
}
