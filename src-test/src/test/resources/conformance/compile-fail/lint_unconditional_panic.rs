fn main() {
    let a = 255u8;
    let b = a + 1;
    let f = 5 / 0;
}
