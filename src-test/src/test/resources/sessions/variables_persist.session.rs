// Integer and string variables defined in one cell, read and mutated in later ones.
// -- cell
let mut count = 1;
let name = String::from("ferris");
// -- cell
count += 41;
count
// -- cell
println!("{} has {} crabs", name, count);
// -- cell
let greeting = format!("hello, {name}!"); greeting.len()
// -- cell
greeting
// -- cell
count *= 2; count += 1
// -- cell
(count, &name[..3])
