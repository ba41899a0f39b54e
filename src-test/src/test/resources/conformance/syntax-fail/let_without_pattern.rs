fn main() {
    let = 5;
}
