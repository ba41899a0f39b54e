fn main() {
    println!("hi");
}
}
