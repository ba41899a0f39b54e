fn main() {
    let s = "tab\qhere";
    println!("{s}");
}
