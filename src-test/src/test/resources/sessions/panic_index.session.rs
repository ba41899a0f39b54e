// A cell that panics on an out-of-bounds index; the variables of earlier cells are still there,
// but a binding made by the panicking cell is not committed.
// -- cell
let v = vec![10, 20, 30];
let total: i32 = v.iter().sum();
// -- cell: expect-panic
let idx = 7;
println!("looking at index {}", idx);
let x = v[idx];
// -- cell
println!("still here: {:?}, total {}", v, total);
// -- cell: expect-error E0425
idx
// -- cell
v.len()
