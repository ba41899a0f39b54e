trait T { fn f(&self) }
fn main() {}
