mod shapes {
    pub struct Circle {
        pub r: f64,
    }
}

fn area(c: &shapes::Circel) -> f64 {
    c.r * c.r * 3.0
}

fn main() {
    let c = shapes::Circle { r: 1.0 };
    println!("{}", area(&c));
}
