use std::io::stdin;
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for line in stdin().lines() {
        let line = line.unwrap();
        for w in line.split_whitespace() {
            *counts.entry(w.to_lowercase()).or_insert(0) += 1;
        }
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort();
    for (w, c) in v {
        println!("{w}: {c}");
    }
}
