fn main() {
    let f = |a, b| a + ;
}
