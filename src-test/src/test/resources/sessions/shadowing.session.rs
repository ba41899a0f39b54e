// Shadowing a session variable, also with a different type; the newest binding wins.
// -- cell
let x = 5;
// -- cell
let x = x + 1;
x
// -- cell
{
    let x = x * 2;
    println!("inner x = {}", x);
}
x
// -- cell
let x = "now a string";
x
// -- cell
let x = x.len();
x
// -- cell
let spaces = "   ";
let spaces = spaces.len();
spaces + x
// -- cell: expect-error E0308
let mut guess = "42";
guess = guess.len();
// -- cell
let guess: u32 = "42".trim().parse().expect("a number");
guess + 1
