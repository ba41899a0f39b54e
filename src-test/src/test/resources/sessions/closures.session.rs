// Closures: defined with explicit parameter types so each cell type-checks on its own, kept in
// session variables, capturing by move, used with iterators.
// -- cell
let add = |a: i32, b: i32| a + b;
add(2, 3)
// -- cell
add(add(1, 1), 10)
// -- cell
let offset = 100;
let shift = move |x: i32| x + offset;
shift(1)
// -- cell
let nums = vec![1, 2, 3, 4, 5, 6];
let evens: Vec<i32> = nums.iter().copied().filter(|n| n % 2 == 0).collect();
evens
// -- cell
nums.iter().map(|&n| shift(n)).collect::<Vec<_>>()
// -- cell
let mut calls = 0;
{
    let mut count_call = || calls += 1;
    count_call();
    count_call();
}
calls
// -- cell
fn apply<F: Fn(i32) -> i32>(f: F, v: i32) -> i32 {
    f(v)
}
apply(shift, 5) + apply(|x| x * x, 4)
// -- cell: expect-error E0282
let pending = |x| x;
