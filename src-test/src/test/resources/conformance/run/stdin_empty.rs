// No input at all: read_line gives Ok(0), lines() nothing, read_to_string Ok(0).
use std::io;
use std::io::Read;

fn main() {
    let mut s = String::new();
    let n = io::stdin().read_line(&mut s).expect("Failed to read line");
    println!("{} {:?}", n, s);
    println!("{}", io::stdin().lines().count());
    println!("{:?}", io::stdin().read_to_string(&mut s));
}
