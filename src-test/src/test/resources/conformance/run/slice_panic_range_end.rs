// A range past the end of a vector panics with rustc's message at the `[`.

fn window(v: &Vec<u32>, from: usize, len: usize) -> &[u32] {
    &v[from..from + len]
}

fn main() {
    let v: Vec<u32> = (1..=6).collect();
    println!("{:?}", window(&v, 1, 3));
    println!("{:?}", window(&v, 4, 3));
}
