fn consume(s: String) -> usize {
    s.len()
}

fn main() {
    let s = String::from("hello");
    let r = &s;
    let n = consume(s);
    println!("{} {}", r, n);
}
