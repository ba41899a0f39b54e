mod a {
    pub fn f() -> i32 {
        super::super::g()
    }
}

fn g() -> i32 {
    1
}

fn main() {
    println!("{}", a::f());
}
