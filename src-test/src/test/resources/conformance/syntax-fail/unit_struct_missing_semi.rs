impl Foo {
    fn new() -> Self { Foo }
}
struct Foo

fn main() {}
