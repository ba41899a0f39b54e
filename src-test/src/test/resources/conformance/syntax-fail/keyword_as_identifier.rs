fn main() {
    let fn = 1;
}
