// A macro_rules! macro defined in one cell and used in statements and functions of later cells.
// -- cell
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}
// -- cell
square!(7)
// -- cell
fn hypot2(a: i32, b: i32) -> i32 {
    square!(a) + square!(b)
}
hypot2(3, 4)
// -- cell
macro_rules! my_vec {
    ($($x:expr),*) => {{
        let mut v = Vec::new();
        $(v.push($x);)*
        v
    }};
}
let v = my_vec![1, 2, 3];
v
// -- cell
my_vec!["a", "b"].len() + square!(2)
