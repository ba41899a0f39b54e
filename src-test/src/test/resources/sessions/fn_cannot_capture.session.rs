// A function item cannot use a session variable (items live outside the statements); pass it as a
// parameter or use a closure instead.
// -- cell
let rate = 3;
// -- cell: expect-error E0425
fn triple(x: i32) -> i32 {
    x * rate
}
// -- cell
fn scale(x: i32, rate: i32) -> i32 {
    x * rate
}
scale(4, rate)
// -- cell
let scale_by_rate = |x: i32| x * rate;
scale_by_rate(5)
// -- cell
const RATE: i32 = 3;
fn triple(x: i32) -> i32 {
    x * RATE
}
triple(6)
