enum Color { Red, Green Blue }
fn main() {}
