fn main() {
    let (a, b, c) = (1, 2, 3);
    let ok = a < b < c;
}
