fn main() {
    let n = 5
    if n > 3 {
        println!("big");
    }
}
