// Explicit panic!, assert! and assert_eq! failures; the items of a panicking cell are kept, its
// bindings are not.
// -- cell
let limit = 3;
let mut log: Vec<String> = Vec::new();
// -- cell: expect-panic
fn checked(n: i32) -> i32 {
    if n > 100 {
        panic!("{} is too large", n);
    }
    n
}
let doubled = checked(21) * 2;
println!("doubled = {}", doubled);
panic!("giving up after {} tries", limit);
// -- cell
log.push(format!("limit is {}", limit));
checked(7)
// -- cell: expect-error E0425
doubled
// -- cell: expect-panic
checked(500)
// -- cell: expect-panic
assert!(log.is_empty(), "log has {} entries", log.len());
// -- cell: expect-panic
assert_eq!(limit + 1, 5);
// -- cell
log
