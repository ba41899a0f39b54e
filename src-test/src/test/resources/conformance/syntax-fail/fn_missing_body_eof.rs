fn main() {}

fn helper()
