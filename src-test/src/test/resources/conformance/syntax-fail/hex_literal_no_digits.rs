fn main() {
    let x: i32 = 0x;
}
