// Arithmetic overflow panics (a debug build checks it); the session goes on afterwards.
// -- cell
let mut level: u8 = 250;
fn bump(x: u8, by: u8) -> u8 {
    x + by
}
// -- cell
level = bump(level, 5);
level
// -- cell: expect-panic
level = bump(level, 1);
// -- cell
level
// -- cell: expect-panic
let big: i32 = i32::MAX;
let bigger = big + 1;
// -- cell
level.checked_add(1)
// -- cell
level.wrapping_add(10)
