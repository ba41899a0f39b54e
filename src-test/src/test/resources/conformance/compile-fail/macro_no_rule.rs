// A call that matches no rule of the macro: rustc points at the first token no rule accepts.
macro_rules! pair {
    ($a:expr, $b:expr) => {
        ($a, $b)
    };
    (single $a:expr) => {
        ($a, $a)
    };
}

fn main() {
    let p = pair!(1, 2);
    let q = pair!(single 3);
    let r = pair!(1; 2);
    println!("{:?} {:?} {:?}", p, q, r);
}
