// Integer and float types of session variables: casts, checked and wrapping operations, limits.
// -- cell
let small: u8 = 200;
let wide: i64 = -3_000_000_000;
let ratio: f32 = 0.1;
let precise = 0.1 + 0.2;
// -- cell
small as i8
// -- cell
(wide / 7, wide % 7, wide.abs() as u64)
// -- cell
ratio * 3.0
// -- cell
precise
// -- cell
(u8::MAX, i16::MIN, u32::MAX as f64)
// -- cell
small.checked_mul(2)
// -- cell
(small.wrapping_mul(2), small.saturating_add(100), 7i32.pow(3))
// -- cell
let c = 'a';
((c as u8 + 2) as char, 'Z' as u32, char::from_digit(7, 10))
// -- cell
(2.0f64.sqrt(), (1.0f64 / 3.0) as f32, -7 / 2, -7.0 / 2.0, 9.99 as i32)
