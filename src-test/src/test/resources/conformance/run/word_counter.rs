// A word counter: counts words, lines and the most frequent word length, byte by byte.
fn is_space(b: u8) -> bool {
    b == b' ' || b == b'\n' || b == b'\t'
}

fn words(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut current = String::new();
    for i in 0..bytes.len() {
        let b = bytes[i];
        if is_space(b) {
            if !current.is_empty() {
                out.push(current);
                current = String::new();
            }
        } else {
            current.push(b as char);
        }
    }
    if !current.is_empty() {
        out.push(current);
    }
    out
}

fn main() {
    let text = "the quick brown fox\njumps over the lazy dog\nthe end";
    let ws = words(text);
    println!("{} words", ws.len());
    let mut lines = 1;
    for b in text.as_bytes() {
        if *b == b'\n' {
            lines += 1;
        }
    }
    println!("{} lines", lines);
    let mut counts = vec![0usize; 10];
    for w in &ws {
        counts[w.len()] += 1;
    }
    let mut best = 0;
    for len in 1..counts.len() {
        if counts[len] > counts[best] {
            best = len;
        }
    }
    println!("most common length: {} ({} words)", best, counts[best]);
    let mut the = 0;
    for w in ws.iter() {
        if w == "the" {
            the += 1;
        }
    }
    println!("'the' appears {} times", the);
    println!("{}", text.starts_with("the quick"));
    println!("{:?} {:?}", text.find("fox"), text.find("cat"));
    println!("{}", "ab".repeat(3));
    println!("{}", "Hello".to_ascii_uppercase());
    let mut s = String::from("héllo");
    println!("{:?} {:?}", s.pop(), s);
    println!("{:?}", ws);
}
