fn main() {
    let x = 5;
    if x == 5 {
        println!("five");
    } else if {
        println!("other");
    }
}
