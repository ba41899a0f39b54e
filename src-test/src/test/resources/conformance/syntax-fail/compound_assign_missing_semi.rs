fn main() {
    let mut count = 0;
    while count < 5 {
        count += 1
        println!("{count}");
    }
}
