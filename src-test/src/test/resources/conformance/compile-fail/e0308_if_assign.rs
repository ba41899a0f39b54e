fn main() {
    let x = 3;
    if x = 3 {
        println!("three");
    }
}
