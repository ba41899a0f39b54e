struct S;

impl {
    fn f() {}
}

fn main() {}
