fn main() {
    let café€ = 1;
}
