fn main() {
    eprintln!("about to panic");
    panic!();
}
