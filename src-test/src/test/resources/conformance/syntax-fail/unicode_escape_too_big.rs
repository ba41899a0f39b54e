fn main() {
    let c = '\u{110000}';
}
