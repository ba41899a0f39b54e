// Moving a String into a function in one cell, then using it in a later cell: E0382.
// -- cell
fn consume(s: String) -> usize {
    s.len()
}
let s = String::from("hello");
// -- cell
consume(s)
// -- cell: expect-error E0382
println!("{}", s);
// -- cell: expect-error E0308
let n: i32 = "five";
// -- cell
let s = String::from("again"); consume(s.clone())
// -- cell
s
