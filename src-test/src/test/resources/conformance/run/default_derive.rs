#[derive(Debug, Default, Clone, PartialEq)]
struct Config {
    name: String,
    retries: u32,
    ratio: f64,
    verbose: bool,
    tags: Vec<String>,
    limit: Option<u64>,
    pair: (i8, char),
}

#[derive(Debug, Default)]
struct Wrapper(Config, [u8; 3]);

fn main() {
    let c = Config::default();
    println!("{:?}", c);
    let mut d = Config { retries: 3, ..Config::default() };
    d.tags.push(String::from("x"));
    println!("{:#?}", d);
    println!("{:?}", Wrapper::default());
    println!("{}", c == Config::default());
}
