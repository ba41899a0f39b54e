const N: usize = 10
fn main() {}
