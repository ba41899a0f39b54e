main() {
    println!("hi");
}
