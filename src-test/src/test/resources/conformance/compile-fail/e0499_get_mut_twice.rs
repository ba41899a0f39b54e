use std::collections::HashMap;

fn main() {
    let mut scores: HashMap<String, i32> = HashMap::new();
    scores.insert(String::from("a"), 1);
    scores.insert(String::from("b"), 2);
    let a = scores.get_mut("a").unwrap();
    let b = scores.get_mut("b").unwrap();
    *a += 1;
    *b += 1;
    println!("{:?}", scores.get("a"));
}
