// Recursive macros: a tt-muncher that counts tokens, one that reverses a list, and one that builds nested calls.
macro_rules! count_tts {
    () => { 0usize };
    ($head:tt $($tail:tt)*) => { 1usize + count_tts!($($tail)*) };
}

macro_rules! reverse {
    ([] $($done:expr),*) => { vec![$($done),*] };
    ([$first:expr $(, $rest:expr)*] $($done:expr),*) => {
        reverse!([$($rest),*] $first $(, $done)*)
    };
}

macro_rules! nest {
    ($f:ident; $x:expr) => { $f($x) };
    ($f:ident, $($more:ident),+; $x:expr) => { $f(nest!($($more),+; $x)) };
}

fn inc(x: i32) -> i32 {
    x + 1
}

fn double(x: i32) -> i32 {
    x * 2
}

macro_rules! fib_table {
    ($($n:literal)*) => {
        [$(fib($n)),*]
    };
}

fn fib(n: u64) -> u64 {
    if n < 2 { n } else { fib(n - 1) + fib(n - 2) }
}

fn main() {
    println!("count = {}", count_tts!());
    println!("count = {}", count_tts!(a));
    println!("count = {}", count_tts!(a b c d e f g h i j));
    println!("count = {}", count_tts!((nested group) [counts] {as one}));
    let r: Vec<i32> = reverse!([1, 2, 3, 4, 5]);
    println!("reversed = {:?}", r);
    println!("nest = {}", nest!(inc, double, inc; 5));
    println!("fibs = {:?}", fib_table!(0 1 2 3 4 5 6 7 8 9 10));
}
