// What a cell prints to stdout and stderr belongs to that cell, also without a final newline.
// -- cell
eprintln!("to stderr");
println!("to stdout");
// -- cell
print!("no newline");
// -- cell
eprint!("partial err");
print!("a");
print!("b");
// -- cell: expect-panic
print!("before the panic;");
eprintln!("warning: about to fail");
let empty: Vec<u8> = Vec::new();
empty[0]
// -- cell
println!("{:>8}|{:<6}|{:^7}|", "right", "left", "mid");
println!("{:08.3} {:+} {:#x} {:#b}", 3.14159, 7, 255, 5);
eprintln!("{:?}", ("tuple", 1));
42
// -- cell
println!();
eprintln!();
