// Iterators are Clone (walk twice from the same point), Chars::as_str gives the rest of the string,
// and a String collects from an iterator of &char.
fn capitalize(w: &str) -> String {
    let mut cs = w.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
        None => String::new(),
    }
}

fn main() {
    let words = "the quick brown fox ünïcode";
    let caps: Vec<String> = words.split_whitespace().map(capitalize).collect();
    println!("{}", caps.join(" "));
    let mut it = "héllo".chars();
    it.next_back();
    it.next();
    println!("{:?} {:?} {:?}", it.as_str(), it.clone().count(), it.clone().rev().collect::<String>());
    let letters: Vec<char> = vec!['r', 'u', 's', 't'];
    let word: String = letters.iter().collect();
    let tail: String = letters[1..].iter().rev().collect();
    println!("{} {}", word, tail);
    let v = vec![10, 20, 30, 40];
    let mut walk = v.iter().skip(1);
    walk.next();
    let rest = walk.clone();
    println!("{:?} {:?}", walk.collect::<Vec<_>>(), rest.map(|x| x * 2).collect::<Vec<_>>());
    let r = 1..4;
    let total: i32 = r.clone().sum();
    println!("{} {:?}", total, r.collect::<Vec<_>>());
    let lines = "a\nbb\nccc".lines();
    println!("{} {:?}", lines.clone().count(), lines.map(|l| l.len()).collect::<Vec<_>>());
    let e = v.iter().enumerate();
    for (i, x) in e.clone().take(2) {
        println!("{} {}", i, x);
    }
    println!("{}", e.count());
}
