fn main() {
    let name = "world";
    let greeting = format!("  hello, {}!  ", name).trim();
    println!("{}", greeting);
}
