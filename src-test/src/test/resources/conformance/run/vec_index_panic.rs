fn total(v: &[i32]) -> i32 {
    let mut t = 0;
    for i in 0..v.len() {
        t += v[i];
    }
    t
}

fn main() {
    let mut v = vec![5, 1, 4];
    v.push(10);
    v[1] = 7;
    v[0] += 1;
    println!("{} {} {}", v[0], v[1], v.len());
    println!("{}", total(&v));
    let zeros = vec![0u8; 5];
    println!("{}", zeros.len());
    let b = Box::new(41);
    println!("{}", *b + 1);
    let mut names: Vec<&str> = Vec::new();
    names.push("ann");
    names.insert(0, "bob");
    println!("{} {}", names[0], names.len());
    let s = String::from("hi");
    let t: &str = &s;
    println!("{}", t.len());
    v.swap(0, 3);
    v.reverse();
    println!("{} {:?}", v[0], v.last());
    println!("{}", v[9]);
}
