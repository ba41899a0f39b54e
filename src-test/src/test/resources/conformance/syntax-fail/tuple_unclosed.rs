fn main() {
    let t = (1, 2;
}
