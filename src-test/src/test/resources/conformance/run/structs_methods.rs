// Structs (named, tuple, unit), impl blocks, methods with &self / &mut self / self, associated consts.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Meters(u32);

#[derive(Debug)]
struct Marker;

impl Point {
    const ORIGIN: Point = Point { x: 0, y: 0 };

    fn new(x: i32, y: i32) -> Self {
        Self { x, y }
    }

    fn manhattan(&self, other: &Point) -> i32 {
        let dx = self.x - other.x;
        let dy = self.y - other.y;
        (if dx < 0 { -dx } else { dx }) + (if dy < 0 { -dy } else { dy })
    }

    fn translate(&mut self, dx: i32, dy: i32) {
        self.x += dx;
        self.y += dy;
    }

    fn swapped(self) -> Point {
        Point { x: self.y, y: self.x }
    }
}

impl Meters {
    fn double(&self) -> Meters {
        Meters(self.0 * 2)
    }
}

fn main() {
    let mut p = Point::new(3, -4);
    println!("{:?}", p);
    println!("distance from origin: {}", p.manhattan(&Point::ORIGIN));
    p.translate(1, 1);
    println!("moved: {:?}", p);
    let q = p.swapped();
    println!("swapped: {:?}, original still {:?}", q, p);
    println!("equal? {} {}", p == q, p == Point { x: 4, y: -3 });
    let m = Meters(21);
    println!("{:?} {:?} {}", m, m.double(), m.double().0);
    println!("{:?}", Marker);
    let base = Point { x: 7, ..p };
    println!("{:?}", base);
    println!("{:#?}", base);
}
