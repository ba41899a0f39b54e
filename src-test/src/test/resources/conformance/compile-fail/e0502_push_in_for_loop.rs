fn main() {
    let mut v = vec![1, 2, 3];
    for x in &v {
        if *x > 1 {
            v.push(*x);
        }
    }
    println!("{:?}", v);
}
