pub struct Rect {
    pub w: f64,
    pub h: f64,
}

impl crate::shapes::Shape for Rect {
    fn area(&self) -> f64 {
        self.w * self.h
    }
}
