fn greet {
    println!("hi");
}

fn main() {}
