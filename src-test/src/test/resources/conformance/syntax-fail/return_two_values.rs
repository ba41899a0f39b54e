fn main() {
    return 5 6;
}
