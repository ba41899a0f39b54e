// Teaching session following the Rust Book, chapter 3: variables, mutability, constants, data types,
// functions, control flow.
// -- cell
let x = 5;
println!("The value of x is: {x}");
// -- cell: expect-error E0384
x = 6;
// -- cell
let mut x = x;
x = 6;
println!("The value of x is: {x}");
// -- cell
const THREE_HOURS_IN_SECONDS: u32 = 60 * 60 * 3;
THREE_HOURS_IN_SECONDS
// -- cell
let tup: (i32, f64, u8) = (500, 6.4, 1);
let (a, b, c) = tup;
println!("The value of b is: {b}");
tup.0 + a + c as i32
// -- cell
let months = ["January", "February", "March", "April", "May", "June", "July",
              "August", "September", "October", "November", "December"];
months[11]
// -- cell
fn plus_one(x: i32) -> i32 {
    x + 1
}
let y = {
    let x = 3;
    x + 1
};
plus_one(y)
// -- cell
let number = 6;
if number % 4 == 0 {
    println!("number is divisible by 4");
} else if number % 3 == 0 {
    println!("number is divisible by 3");
} else {
    println!("number is not divisible by 4 or 3");
}
// -- cell
let mut counter = 0;
let result = loop {
    counter += 1;
    if counter == 10 {
        break counter * 2;
    }
};
result
// -- cell
for number in (1..4).rev() {
    println!("{number}!");
}
println!("LIFTOFF!!!");
