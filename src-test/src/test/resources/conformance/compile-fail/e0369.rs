fn main() {
    let a = true;
    let b = false;
    let c = a + b;
}
