// A macro redefined in a later cell, a macro defined and used in one cell, macros generating items for
// later cells, and a call that matches no rule.
// -- cell
macro_rules! greet {
    ($n:expr) => {
        format!("hello {}", $n)
    };
}
greet!("ada")
// -- cell
macro_rules! greet {
    ($n:expr) => {
        format!("hi {}", $n)
    };
    () => {
        String::from("hi nobody")
    };
}
(greet!("bob"), greet!())
// -- cell
macro_rules! point_type {
    ($name:ident, $t:ty) => {
        #[derive(Debug, Clone, Copy, PartialEq)]
        struct $name {
            x: $t,
            y: $t,
        }
        impl $name {
            fn new(x: $t, y: $t) -> Self {
                $name { x, y }
            }
        }
    };
}
point_type!(PointI, i32);
point_type!(PointF, f64);
// -- cell
let p = PointI::new(1, 2);
let q = PointF::new(0.5, 1.5);
(p, q.x + q.y)
// -- cell: expect-error
greet!(1, 2)
// -- cell
macro_rules! count {
    () => { 0usize };
    ($x:tt $($rest:tt)*) => { 1usize + count!($($rest)*) };
}
let n = count!(a b c d);
n * 10
