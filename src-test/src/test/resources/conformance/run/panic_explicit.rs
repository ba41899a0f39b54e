fn check(n: i32) {
    if n > 2 {
        panic!("n is too large: {} > {}", n, 2);
    }
    println!("ok {n}");
}

fn main() {
    for n in 0..5 {
        check(n);
    }
}
