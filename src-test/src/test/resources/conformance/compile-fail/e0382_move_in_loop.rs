// A value moved inside a loop is gone in the loop's next iteration.

fn consume(name: String) {
    println!("bye {}", name);
}

fn main() {
    let name = String::from("loop");
    for _ in 0..2 {
        consume(name);
    }
}
