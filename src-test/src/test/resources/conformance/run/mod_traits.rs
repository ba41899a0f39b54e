mod shapes {
    pub trait Area {
        fn area(&self) -> f64;
        fn describe(&self) -> String {
            format!("area {:.2}", self.area())
        }
    }

    pub struct Square(pub f64);

    pub mod round {
        pub struct Circle {
            pub r: f64,
        }
    }
}

mod impls {
    use crate::shapes::round::Circle;
    use crate::shapes::{Area, Square};

    impl Area for Square {
        fn area(&self) -> f64 {
            self.0 * self.0
        }
    }

    impl Area for Circle {
        fn area(&self) -> f64 {
            3.14 * self.r * self.r
        }
        fn describe(&self) -> String {
            format!("circle of radius {}", self.r)
        }
    }

    impl Circle {
        pub fn unit() -> Circle {
            Circle { r: 1.0 }
        }
    }
}

use shapes::Area;

fn total<T: shapes::Area>(items: &[T]) -> f64 {
    let mut t = 0.0;
    for i in items {
        t += i.area();
    }
    t
}

fn main() {
    let s = shapes::Square(2.0);
    let c = shapes::round::Circle::unit();
    println!("{}", s.describe());
    println!("{}", c.describe());
    println!("{}", total(&[shapes::Square(1.0), shapes::Square(3.0)]));
    println!("{:.3}", c.area());
}
