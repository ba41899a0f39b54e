fn main() {
    let mut v = vec![1, 2, 3];
    let mut refs: Vec<&i32> = Vec::new();
    refs.push(&v[0]);
    v.push(4);
    println!("{:?}", refs);
}
