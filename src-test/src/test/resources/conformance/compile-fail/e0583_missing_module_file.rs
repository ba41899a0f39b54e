mod parser;

fn main() {
    println!("{}", parser::parse("1"));
}
