fn add_one(v: &mut i32) {
    *v += 1;
}

fn main() {
    let x = 5;
    add_one(&mut x);
    println!("{}", x);
}
