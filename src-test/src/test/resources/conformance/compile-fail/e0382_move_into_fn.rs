// A vector passed by value to a function is moved; rustc suggests borrowing in the signature.

fn total(values: Vec<i32>) -> i32 {
    let mut t = 0;
    for v in values.iter() {
        t += v;
    }
    t
}

fn main() {
    let v = vec![1, 2, 3];
    let t = total(v);
    println!("{} of {}", t, v.len());
}
