// collect() into Result<Vec<_>, E>, Result<String, E>, Option<HashMap<..>>: the first Err/None stops it; turbofish on constructors and types.
use std::collections::HashMap;
fn parse_all(text: &str) -> Result<Vec<u32>, String> {
    text.split_whitespace().map(|w| w.parse::<u32>().map_err(|e| format!("{}: {}", w, e))).collect()
}
fn main() {
    println!("{:?} {:?}", parse_all("1 2 3"), parse_all("4 x 5"));
    let word: Result<String, String> = vec![Ok('o'), Ok('k')].into_iter().collect();
    let bad: Result<String, String> = vec![Ok('o'), Err("bad".to_string()), Err("worse".to_string())].into_iter().collect();
    println!("{:?} {:?}", word, bad);
    let pairs: Option<HashMap<&str, i32>> = vec![Some(("a", 1)), Some(("b", 2))].into_iter().collect();
    let mut keys: Vec<_> = pairs.unwrap().into_iter().collect();
    keys.sort();
    println!("{:?}", keys);
    let firsts: Option<Vec<char>> = ["ab", "", "cd"].iter().map(|s| s.chars().next()).collect();
    println!("{:?}", firsts);
    let mut seen = 0;
    let stop: Result<Vec<i32>, i32> = (1..10).map(|i| { seen += 1; if i == 4 { Err(i) } else { Ok(i) } }).collect();
    println!("{:?} seen {}", stop, seen);
    println!("{:?} {:?}", Some(Some(1)).flatten(), Some(None::<i32>).flatten());
    turbofish();
}

fn turbofish() {
    let a = None::<i32>;
    let b = Vec::<u8>::new();
    let c: Result<u8, String> = Ok::<u8, String>(3);
    println!("{:?} {:?} {:?} {:?}", a, b, c, Some::<i64>(5));
}
