// A typical exercise program: a count, then that many lines of numbers; sums, the largest, a histogram.
use std::io::{self, BufRead};

fn main() {
    let stdin = io::stdin();
    let mut first = String::new();
    stdin.read_line(&mut first).expect("no count");
    let n: usize = first.trim().parse().expect("not a number");
    let mut rows: Vec<Vec<i64>> = Vec::new();
    for line in stdin.lock().lines().take(n) {
        let line = line.expect("read error");
        let nums: Vec<i64> = line.split_whitespace().map(|x| x.parse().unwrap()).collect();
        rows.push(nums);
    }
    for (i, r) in rows.iter().enumerate() {
        let sum: i64 = r.iter().sum();
        let max = r.iter().max();
        println!("row {}: sum {} max {:?} {}", i + 1, sum, max, "*".repeat(r.len()));
    }
    let mut rest = Vec::new();
    for line in io::stdin().lines() {
        rest.push(line.unwrap());
    }
    println!("{} more: {:?}", rest.len(), rest);
}
