// Functions and methods named by path and passed where a closure could go.
use std::collections::HashMap;

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

impl Point {
    fn origin() -> Point {
        Point { x: 0, y: 0 }
    }

    fn norm1(&self) -> i32 {
        self.x.abs() + self.y.abs()
    }

    fn from_pair(p: (i32, i32)) -> Point {
        Point { x: p.0, y: p.1 }
    }
}

fn double(n: i32) -> i32 {
    n * 2
}

fn main() {
    let words = vec!["apple", "bob", "kayak"];
    let owned: Vec<String> = words.iter().copied().map(String::from).collect();
    println!("{:?}", owned);
    let lengths: Vec<usize> = owned.iter().map(String::len).collect();
    println!("{:?}", lengths);
    let points: Vec<Point> = vec![(1, -2), (3, 4), (-5, 0)].into_iter().map(Point::from_pair).collect();
    println!("{:?}", points);
    let norms: Vec<i32> = points.iter().map(Point::norm1).collect();
    println!("{:?}", norms);
    let doubled: Vec<i32> = norms.iter().copied().map(double).collect();
    println!("{:?}", doubled);
    let mut groups: HashMap<usize, Vec<String>> = HashMap::new();
    for w in &owned {
        groups.entry(w.len()).or_insert_with(Vec::new).push(w.clone());
    }
    let mut keys: Vec<&usize> = groups.keys().collect();
    keys.sort();
    println!("{:?} {:?}", keys, groups[&5]);
    let maybe: Option<Point> = None;
    let p = maybe.unwrap_or_else(Point::origin);
    println!("{:?}", p);
    let empty = Some(3).map(double).unwrap_or_default();
    println!("{}", empty);
}
