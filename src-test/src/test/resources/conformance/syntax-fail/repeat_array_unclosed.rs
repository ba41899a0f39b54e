fn main() {
    let a = [0; 3;
}
