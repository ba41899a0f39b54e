struct User {
    name: &'static str,
    age: u32,
    active: bool,
}

fn main() {
    let u = User { name: "ann", age: 30 };
    println!("{}", u.age);
}
