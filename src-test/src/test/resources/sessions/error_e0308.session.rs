// Mismatched types (E0308): a function whose body has the wrong type is not defined at all, so a
// later call cannot find it; a fixed definition in a later cell works.
// -- cell
let width: u32 = 8;
// -- cell: expect-error E0308
fn half(x: u32) -> u32 {
    x as f64 / 2.0
}
// -- cell: expect-error E0425
half(width)
// -- cell
fn half(x: u32) -> u32 {
    x / 2
}
half(width)
// -- cell: expect-error E0308
let label: String = "wide";
// -- cell: expect-error E0308
if width > 5 { "wide" } else { 3 }
// -- cell
let label: String = String::from("wide");
label
// -- cell: expect-error E0308
let count: i32 = width;
// -- cell
let count: i32 = width as i32 - 10;
count
