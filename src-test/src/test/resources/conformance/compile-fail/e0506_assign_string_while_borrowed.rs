fn main() {
    let mut s = String::from("a");
    let r = &s;
    s = String::from("b");
    println!("{} {}", r, s);
}
