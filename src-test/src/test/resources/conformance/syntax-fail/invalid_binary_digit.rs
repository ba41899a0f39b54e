fn main() {
    let x = 0b102;
}
