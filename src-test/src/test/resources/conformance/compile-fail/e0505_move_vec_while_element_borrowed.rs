fn main() {
    let mut v = vec![String::from("a")];
    let first = &v[0];
    let moved = v;
    println!("{} {:?}", first, moved);
}
