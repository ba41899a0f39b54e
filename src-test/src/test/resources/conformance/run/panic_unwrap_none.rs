fn lookup(keys: &[&str], key: &str) -> Option<usize> {
    let mut i = 0;
    while i < keys.len() {
        if keys[i] == key {
            return Some(i);
        }
        i += 1;
    }
    None
}

fn main() {
    let keys = ["alpha", "beta", "gamma"];
    println!("{:?}", lookup(&keys, "beta"));
    let idx = lookup(&keys, "delta").unwrap();
    println!("unreachable {}", idx);
}
