fn main() {
    eprint!("error path ");
    eprintln!("taken");
    std::process::exit(42)
}
