// Macros in type position (fields, parameters, return types, `let` annotations, casts, generic arguments)
// and in pattern position.
macro_rules! pair_of {
    ($t:ty) => {
        ($t, $t)
    };
}

macro_rules! int {
    () => {
        i64
    };
}

macro_rules! some_small {
    () => {
        Some(0..=9)
    };
}

#[derive(Debug)]
struct Holder {
    p: pair_of!(i32),
    v: Vec<int!()>,
}

fn swap(p: pair_of!(u8)) -> pair_of!(u8) {
    (p.1, p.0)
}

fn classify(o: Option<u32>) -> &'static str {
    match o {
        some_small!() => "a digit",
        Some(_) => "a number",
        None => "nothing",
    }
}

fn main() {
    let h = Holder { p: (1, 2), v: vec![3, 4] };
    let x: int!() = 40;
    let grid: [[int!(); 2]; 2] = [[1, 2], [3, 4]];
    let f = |a: int!()| -> int!() { a * 3 };
    println!("{:?}", h);
    println!("{:?} {} {} {}", swap((1, 2)), x + 2, grid[1][0] as int!(), f(5));
    for o in [Some(3), Some(42), None] {
        println!("{:?} is {}", o, classify(o));
    }
}
