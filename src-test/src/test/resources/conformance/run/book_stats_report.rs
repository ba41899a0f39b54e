// Statistics report: f64 edge cases (NaN, inf, -0.0), mean/variance/median, nested {:#?}, labeled loops, chars
#[derive(Debug, Clone, Copy, PartialEq)]
struct Summary {
    count: usize,
    mean: f64,
    stddev: f64,
    range: (f64, f64),
}

#[derive(Debug)]
struct Report {
    title: String,
    summary: Option<Summary>,
    flags: Vec<char>,
}

fn summarize(v: &[f64]) -> Option<Summary> {
    if v.is_empty() {
        return None;
    }
    let mut sum = 0.0;
    let mut lo = f64::INFINITY;
    let mut hi = f64::NEG_INFINITY;
    for &x in v {
        sum += x;
        lo = lo.min(x);
        hi = hi.max(x);
    }
    let mean = sum / v.len() as f64;
    let mut sq = 0.0;
    for &x in v {
        sq += (x - mean).powi(2);
    }
    Some(Summary { count: v.len(), mean, stddev: (sq / v.len() as f64).sqrt(), range: (lo, hi) })
}

fn median(v: &mut Vec<i64>) -> f64 {
    v.sort();
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2] as f64
    } else {
        (v[n / 2 - 1] + v[n / 2]) as f64 / 2.0
    }
}

fn main() {
    let data = [2.5, 3.75, -1.0, 8.125, 0.1 + 0.2];
    let s = summarize(&data).unwrap();
    println!("{:?}", s);
    println!("mean {:.4} sd {:8.3} range {:?}", s.mean, s.stddev, s.range);
    let r = Report { title: String::from("weekly"), summary: Some(s), flags: vec!['a', '\n', 'é'] };
    println!("{:#?}", r);
    let empty = Report { title: String::new(), summary: summarize(&[]), flags: Vec::new() };
    println!("{:?}", empty);
    let weird: [f64; 8] = [0.0 / 0.0, 1.0 / 0.0, -1.0 / 0.0, -0.0, 1e300 * 1e10, 5e-324, 1e21, 1e-7];
    for w in weird {
        println!("{} {:?} {:e} {:.2} nan?{}", w, w, w, w, w.is_nan());
    }
    let mut nums = vec![9, -2, 7, 4, 4, 10];
    println!("median {}", median(&mut nums));
    nums.push(100);
    println!("median {} of {:?}", median(&mut nums), nums);
    let mut found = None;
    'outer: for i in 1..10 {
        for j in 1..10 {
            if i * j == 42 {
                found = Some((i, j));
                break 'outer;
            }
        }
    }
    println!("{:?}", found);
    println!("{:>5}|{:<5}|{:^5}|{:?}", 'x', 'y', 'z', '\'');
    println!("{:+} {:+.1} {:08.3} {:+e}", 5, 2.25, -3.14159, 1234.5);
}
