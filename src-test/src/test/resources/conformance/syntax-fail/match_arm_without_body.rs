fn main() {
    match 3 {
        1 => println!("a"),
        _ => 
    }
}
