fn main() {
    let c = 'a;
}
