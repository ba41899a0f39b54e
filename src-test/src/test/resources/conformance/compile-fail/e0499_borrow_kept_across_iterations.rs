fn main() {
    let mut v: Vec<i32> = Vec::new();
    let mut refs = Vec::new();
    for i in 0..3 {
        let r = &mut v;
        r.push(i);
        refs.push(r);
    }
    println!("{}", refs.len());
}
