fn main() {
    let s = "héllo world";
    println!("[{:.3}] [{:10.2}] [{:>8.5}] [{:.0}] [{:.20}]", s, s, s, s, s);
    let owned = String::from("abcdef");
    println!("[{:^9.4}] {:?}", owned, "xy");
    println!("[{:.2}] [{:5.1}]", 7, 3);
}
