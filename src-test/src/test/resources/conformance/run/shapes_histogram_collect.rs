// Shapes, a letter histogram, two-sum, a grid, collatz, Option::flatten and collecting into Result/Option.
use std::collections::HashMap;
#[derive(Debug, Clone, PartialEq)]
enum Shape { Circle { r: f64 }, Rect { w: f64, h: f64 }, Tri(f64, f64, f64) }
impl Shape {
    fn area(&self) -> f64 {
        match *self {
            Shape::Circle { r } => std::f64::consts::PI * r * r,
            Shape::Rect { w, h } => w * h,
            Shape::Tri(a, b, c) => { let s = (a + b + c) / 2.0; (s * (s - a) * (s - b) * (s - c)).sqrt() }
        }
    }
    fn name(&self) -> &'static str { match self { Shape::Circle { .. } => "circle", Shape::Rect { .. } => "rect", Shape::Tri(..) => "tri" } }
}
fn histogram(text: &str) -> Vec<(char, usize)> {
    let mut m: HashMap<char, usize> = HashMap::new();
    for c in text.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_lowercase()) {
        *m.entry(c).or_insert(0) += 1;
    }
    let mut v: Vec<(char, usize)> = m.into_iter().collect();
    v.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    v
}
fn find_pair(nums: &[i32], target: i32) -> Option<(usize, usize)> {
    for i in 0..nums.len() {
        for j in i + 1..nums.len() {
            if nums[i] + nums[j] == target { return Some((i, j)); }
        }
    }
    None
}
fn main() {
    let shapes = vec![Shape::Circle { r: 1.5 }, Shape::Rect { w: 2.0, h: 3.5 }, Shape::Tri(3.0, 4.0, 5.0)];
    let mut sorted = shapes.clone();
    sorted.sort_by(|a, b| a.area().partial_cmp(&b.area()).unwrap());
    for s in &sorted { println!("{:>6} {:8.3}", s.name(), s.area()); }
    let total: f64 = shapes.iter().map(Shape::area).sum();
    println!("total {:.2} max {:?}", total, shapes.iter().map(|s| s.area()).fold(f64::NAN, f64::max));
    println!("{:?}", shapes.iter().position(|s| *s == Shape::Rect { w: 2.0, h: 3.5 }));
    let h = histogram("Hello, World! The quick brown fox.");
    println!("{:?}", &h[..5]);
    println!("{:?} {:?}", find_pair(&[2, 7, 11, 15], 9), find_pair(&[1, 2], 10));
    let mut grid = vec![vec!['.'; 5]; 3];
    grid[1][2] = '#';
    grid[0][4] = '@';
    for row in &grid { println!("{}", row.iter().collect::<String>()); }
    let words: Vec<String> = "one two three four".split(' ').map(String::from).collect();
    let lens: HashMap<&str, usize> = words.iter().map(|w| (w.as_str(), w.len())).collect();
    let mut keys: Vec<_> = lens.keys().collect();
    keys.sort_unstable();
    println!("{:?} {}", keys, lens["three"]);
    let mut n = 27u64; let mut steps = 0;
    while n != 1 { n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 }; steps += 1; }
    println!("collatz {}", steps);
    let nested: Option<Option<i32>> = Some(None);
    println!("{:?} {:?}", nested.flatten(), Some(Some(3)).flatten());
    let res: Result<Vec<i32>, _> = "1,2,x".split(',').map(|s| s.parse::<i32>()).collect();
    let ok: Result<Vec<i32>, std::num::ParseIntError> = "1,2,3".split(',').map(|s| s.parse::<i32>()).collect();
    println!("{:?} {:?}", res, ok);
    let opts: Option<Vec<i32>> = vec![Some(1), Some(2)].into_iter().collect();
    println!("{:?}", opts);
}
