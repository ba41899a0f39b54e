// The borrowing rules of the Rust Book, chapter 4: errors E0499, E0502 and E0106 in between.
// -- cell
let mut s = String::from("hello");
// -- cell: expect-error E0499
let r1 = &mut s;
let r2 = &mut s;
println!("{}, {}", r1, r2);
// -- cell
{
    let r1 = &mut s;
    r1.push('!');
}
let r2 = &mut s;
r2.push('?');
s
// -- cell: expect-error E0106
fn dangle() -> &String {
    let s = String::from("hello");
    &s
}
// -- cell
fn no_dangle() -> String {
    String::from("hello")
}
no_dangle() + &s
// -- cell: expect-error E0502
let first = &s;
s.push('x');
println!("{}", first);
// -- cell
s.len()
