// A String built up across cells with push_str, push, +=, format!; String and &str values.
// -- cell
let mut s = String::new();
s.push_str("hello");
// -- cell
s.push(',');
s += " world";
s
// -- cell
s.len()
// -- cell
let shout = s.to_uppercase();
println!("{}!", shout);
// -- cell
let first: &str = &s[0..5];
first
// -- cell
let words: Vec<&str> = s.split(' ').collect();
words
// -- cell
let mut reversed = String::new();
for c in s.chars().rev() {
    reversed.push(c);
}
reversed
// -- cell
s.contains("world")
// -- cell
"a string literal"
