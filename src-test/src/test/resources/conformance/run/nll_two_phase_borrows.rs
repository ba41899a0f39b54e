// Two-phase borrows: the receiver's `&mut` is only reserved while the arguments are evaluated.
fn main() {
    let mut v: Vec<usize> = Vec::new();
    v.push(v.len());
    v.push(v.len() * 10);
    v.insert(0, v[v.len() - 1]);
    let n = v.len();
    v[n - 1] = v[0] + 1;
    println!("{:?}", v);

    let mut s = String::from("ab");
    s.push_str(&s.clone());
    s.push(char::from(b'a' + s.len() as u8));
    println!("{}", s);

    let mut counts = vec![0; 3];
    for i in 0..counts.len() {
        counts[i] += i * counts.len();
    }
    println!("{:?}", counts);
}
