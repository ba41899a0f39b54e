// Functions calling functions defined in earlier cells.
// -- cell
fn square(x: i64) -> i64 {
    x * x
}
// -- cell
fn sum_of_squares(n: i64) -> i64 {
    let mut total = 0;
    for i in 1..=n {
        total += square(i);
    }
    total
}
// -- cell
sum_of_squares(10)
// -- cell
fn is_even(n: i64) -> bool { n % 2 == 0 }
fn describe(n: i64) -> String {
    format!("{} is {}", n, if is_even(n) { "even" } else { "odd" })
}
// -- cell
describe(sum_of_squares(3))
// -- cell
fn fib(n: u32) -> u64 {
    if n < 2 { n as u64 } else { fib(n - 1) + fib(n - 2) }
}
let fibs: Vec<u64> = (0..10).map(fib).collect();
// -- cell
fibs
// -- cell
square(fibs[9] as i64)
