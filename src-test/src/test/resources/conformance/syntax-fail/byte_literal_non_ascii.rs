fn main() {
    let c = b'é';
}
