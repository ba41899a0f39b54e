// Generic stack and queue: generic struct/impl, Option<T>, while let pop, let else, slice patterns, i128
#[derive(Debug)]
struct Stack<T> {
    items: Vec<T>,
}

impl<T: std::fmt::Debug> Stack<T> {
    fn new() -> Self {
        Stack { items: Vec::new() }
    }
    fn push(&mut self, t: T) {
        self.items.push(t);
    }
    fn pop(&mut self) -> Option<T> {
        self.items.pop()
    }
    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
    fn len(&self) -> usize {
        self.items.len()
    }
}

#[derive(Debug, PartialEq, Clone, Copy)]
enum Pair<A, B> {
    Left(A),
    Right(B),
    Both(A, B),
}

fn classify(v: &[i32]) -> String {
    match v {
        [] => String::from("empty"),
        [x] => format!("one: {}", x),
        [first, .., last] if first == last => format!("bookends {}", first),
        [first, rest @ ..] => format!("first {} then {} more", first, rest.len()),
    }
}

fn first_even(v: &[i32]) -> Option<i32> {
    for &x in v {
        if x % 2 == 0 {
            return Some(x);
        }
    }
    None
}

fn describe(v: &[i32]) -> String {
    let Some(e) = first_even(v) else {
        return String::from("no evens");
    };
    format!("first even {}", e)
}

fn main() {
    let mut s: Stack<(char, i128)> = Stack::new();
    let mut f: i128 = 1;
    for (i, c) in [(1, 'a'), (2, 'b'), (3, 'c')] {
        f *= 1_000_000_000_000 * i;
        s.push((c, f));
    }
    println!("peek {:?} len {}", s.peek(), s.len());
    while let Some((c, n)) = s.pop() {
        println!("{} {} {}", c, n, n / 7);
    }
    println!("{:?}", s);
    let ps: [Pair<u8, &str>; 3] = [Pair::Left(1), Pair::Right("r"), Pair::Both(2, "b")];
    for p in ps.iter() {
        let t = match p {
            Pair::Left(a) | Pair::Both(a, _) if *a > 1 => format!("big left {}", a),
            Pair::Left(a) => format!("left {}", a),
            Pair::Right(b) => format!("right {:?}", b),
            Pair::Both(a, b) => format!("{}{}", a, b),
        };
        println!("{}", t);
    }
    println!("{:#?}", ps[2]);
    let e: [i32; 0] = [];
    let vs: [&[i32]; 4] = [&e, &[7], &[1, 2, 1], &[1, 2, 3, 4]];
    for v in vs {
        println!("{} / {}", classify(v), describe(v));
    }
    println!("{}", i128::MAX);
    println!("{:?}", u64::MAX.checked_add(1));
}
