// Points, distances and angles: hypot, atan2, to_degrees, sin_cos, as a learner's geometry exercise.
#[derive(Debug, Clone, Copy)]
struct Point {
    x: f64,
    y: f64,
}

impl Point {
    fn distance(&self, other: &Point) -> f64 {
        (other.x - self.x).hypot(other.y - self.y)
    }

    fn angle_deg(&self) -> f64 {
        self.y.atan2(self.x).to_degrees()
    }

    fn rotate(&self, degrees: f64) -> Point {
        let (s, c) = degrees.to_radians().sin_cos();
        Point { x: self.x * c - self.y * s, y: self.x * s + self.y * c }
    }
}

fn polygon_area(pts: &[Point]) -> f64 {
    let mut sum = 0.0;
    for i in 0..pts.len() {
        let a = pts[i];
        let b = pts[(i + 1) % pts.len()];
        sum += a.x * b.y - b.x * a.y;
    }
    sum.abs() / 2.0
}

fn main() {
    let origin = Point { x: 0.0, y: 0.0 };
    let pts = [
        Point { x: 3.0, y: 4.0 },
        Point { x: -1.5, y: 2.25 },
        Point { x: -2.0, y: -7.0 },
        Point { x: 5.5, y: -0.5 },
    ];
    for p in pts.iter() {
        println!("{:?}: r = {}, angle = {}°", p, origin.distance(p), p.angle_deg());
    }
    let perimeter: f64 = (0..pts.len()).map(|i| pts[i].distance(&pts[(i + 1) % pts.len()])).sum();
    println!("perimeter = {:.6}", perimeter);
    println!("area = {}", polygon_area(&pts));
    let r = Point { x: 1.0, y: 0.0 }.rotate(30.0);
    println!("rotated 30°: ({}, {})", r.x, r.y);
    let r2 = pts[0].rotate(-135.0);
    println!("rotated -135°: ({:.10}, {:.10})", r2.x, r2.y);
    // the angle between two vectors, via acos of the normalised dot product
    let (a, b) = (pts[0], pts[3]);
    let cos_theta = (a.x * b.x + a.y * b.y) / (a.distance(&origin) * b.distance(&origin));
    println!("angle between = {}°", cos_theta.acos().to_degrees());
    println!("asin(0.5) = {} rad = {}°", 0.5f64.asin(), 0.5f64.asin().to_degrees());
    println!("tan(45°) = {}", 45.0f64.to_radians().tan());
    let diagonal = f64::hypot(1.0, 1.0);
    println!("unit square diagonal = {}, f32: {}", diagonal, f32::hypot(1.0, 1.0));
    println!("atan(1) * 4 = {}", 1.0f64.atan() * 4.0);
}
