fn main() {
    let mut s = String::from("hello");
    let r = &mut s;
    let n = s.len();
    r.push_str(" world");
    println!("{} {}", n, r);
}
