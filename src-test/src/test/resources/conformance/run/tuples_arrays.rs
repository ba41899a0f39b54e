// Tuples, arrays, slices, destructuring and bounds-checked indexing.
fn sum(values: &[i32]) -> i32 {
    let mut total = 0;
    let mut i = 0;
    while i < values.len() {
        total += values[i];
        i += 1;
    }
    total
}

fn min_max(values: &[i32]) -> (i32, i32) {
    let mut lo = values[0];
    let mut hi = values[0];
    for i in 1..values.len() {
        if values[i] < lo {
            lo = values[i];
        }
        if values[i] > hi {
            hi = values[i];
        }
    }
    (lo, hi)
}

fn describe(s: &[u8]) -> &'static str {
    match s {
        [] => "empty",
        [_] => "one",
        [first, .., last] if first == last => "same ends",
        [_, rest @ ..] => {
            if rest.len() > 2 {
                "long"
            } else {
                "short"
            }
        }
    }
}

fn main() {
    let a = [5, 3, 9, 1, 7];
    println!("{:?} sum={} len={}", a, sum(&a), a.len());
    let (lo, hi) = min_max(&a);
    println!("min={} max={}", lo, hi);
    let mut grid = [[0u8; 3]; 2];
    grid[1][2] = 7;
    grid[0][0] = 1;
    println!("{:?}", grid);
    let pair = (1, ("two", 3.5f64 > 2.0));
    let (one, (two, big)) = pair;
    println!("{} {} {} {:?}", one, two, big, pair.1);
    let bytes = [1u8, 2, 3, 1];
    println!("{} {} {} {}", describe(&[]), describe(&[9]), describe(&bytes), describe(&[1, 2, 3]));
    let t: (i32,) = (5,);
    println!("{:?} {:#?}", t, (1, "x"));
    let [x, y, z] = [10, 20, 30];
    println!("{}", x + y + z);
    let idx = a.len() + 2;
    println!("{}", a[idx]);
}
