// Teaching session following the Rust Book, chapter 4: ownership, moves, clones, references, slices.
// -- cell
let s1 = String::from("hello");
let s2 = s1;
// -- cell: expect-error E0382
println!("{s1}, world!");
// -- cell
let s3 = s2.clone();
println!("s2 = {s2}, s3 = {s3}");
// -- cell
fn calculate_length(s: &String) -> usize {
    s.len()
}
calculate_length(&s2)
// -- cell
fn change(some_string: &mut String) {
    some_string.push_str(", world");
}
let mut s = String::from("hello");
change(&mut s);
s
// -- cell
fn first_word(s: &str) -> &str {
    let bytes = s.as_bytes();
    for (i, &item) in bytes.iter().enumerate() {
        if item == b' ' {
            return &s[0..i];
        }
    }
    &s[..]
}
first_word(&s)
// -- cell
let a = [1, 2, 3, 4, 5];
let slice = &a[1..3];
slice
// -- cell
fn takes_ownership(some_string: String) {
    println!("{some_string}");
}
takes_ownership(s3);
// -- cell: expect-error E0382
s3.len()
// -- cell
let x = 5;
fn makes_copy(some_integer: i32) -> i32 {
    some_integer * 2
}
makes_copy(x) + x
