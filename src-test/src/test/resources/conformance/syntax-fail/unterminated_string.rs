fn main() {
    let s = "hello;
}
