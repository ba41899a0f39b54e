fn main() {
    let count = 1;
    println!("{}", cuont + 1);
}
