// Generic functions over `IntoIterator`: `for` loops, `into_iter()` and the associated types.
use std::fmt::Debug;

fn total<I: IntoIterator<Item = i32>>(xs: I) -> i32 {
    let mut s = 0;
    for x in xs {
        s += x;
    }
    s
}

fn count<I: IntoIterator>(xs: I) -> usize {
    let mut it = xs.into_iter();
    let mut n = 0;
    while let Some(_) = it.next() {
        n += 1;
    }
    n
}

fn show_all<I>(label: &str, xs: I)
where
    I: IntoIterator,
    I::Item: Debug,
{
    print!("{}:", label);
    for x in xs {
        print!(" {:?}", x);
    }
    println!();
}

fn largest<I: IntoIterator<Item = u64>>(xs: I) -> Option<u64> {
    let mut best = None;
    for x in xs {
        best = match best {
            None => Some(x),
            Some(b) if x > b => Some(x),
            keep => keep,
        };
    }
    best
}

fn main() {
    println!("{}", total(vec![1, 2, 3]));
    println!("{}", total([4, 5, 6]));
    println!("{}", total(1..=10));
    let v = vec![10, 20, 30];
    println!("{}", total(v.iter().copied()));
    println!("{}", total(v.iter().map(|x| x / 10)));
    println!("{} {} {}", count(&v), count(vec!["a"; 4]), count([1.5, 2.5]));
    println!("{}", count("héllo".chars()));
    show_all("vec", vec![1, 2]);
    show_all("refs", &v);
    show_all("array", ["x", "y"]);
    show_all("range", 3..6);
    show_all("pairs", vec![(1, 'a'), (2, 'b')]);
    println!("{:?} {:?}", largest(vec![3, 9, 2]), largest(Vec::new()));
    println!("{}", total(v));
}
