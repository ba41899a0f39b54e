use super::Shape;

pub struct Circle {
    r: f64,
}

impl Circle {
    pub fn new(r: f64) -> Circle {
        Circle { r }
    }
}

impl Shape for Circle {
    fn area(&self) -> f64 {
        3.0 * self.r * self.r
    }
}
