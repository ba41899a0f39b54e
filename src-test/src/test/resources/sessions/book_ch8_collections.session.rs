// Teaching session following the Rust Book, chapter 8: vectors, strings and hash maps.
// -- cell
let mut v: Vec<i32> = Vec::new();
v.push(5);
v.push(6);
v.push(7);
// -- cell
let third: &i32 = &v[2];
println!("The third element is {third}");
// -- cell
v.get(100)
// -- cell: expect-panic
let does_not_exist = &v[100];
// -- cell
for i in &mut v {
    *i += 50;
}
v
// -- cell
let s1 = String::from("Hello, ");
let s2 = String::from("world!");
let s3 = s1 + &s2;
s3
// -- cell
let tic = String::from("tic");
let s = format!("{tic}-{}-{}", "tac", "toe");
s
// -- cell
for c in "Зд".chars() {
    println!("{c}");
}
"Здравствуйте".len()
// -- cell
use std::collections::HashMap;
let text = "hello world wonderful world";
let mut map = HashMap::new();
for word in text.split_whitespace() {
    let count = map.entry(word).or_insert(0);
    *count += 1;
}
// -- cell
let mut counts: Vec<(&str, i32)> = map.iter().map(|(k, v)| (*k, *v)).collect();
counts.sort();
counts
// -- cell
map.get("world").copied()
