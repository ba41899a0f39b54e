fn main() {
    let x: Vec<i32> = Vec::new();
    x.push(1)
    x.push(2);
}
