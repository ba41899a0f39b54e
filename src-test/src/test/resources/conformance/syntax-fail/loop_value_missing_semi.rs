fn main() {
    let result = loop {
        break 5
    }
    println!("{result}");
}
