// Ownership and borrowing: moving Strings into Vec, &mut String helpers, returning &str from slices, shadowing
fn longest<'a>(a: &'a str, b: &'a str) -> &'a str {
    if a.len() >= b.len() { a } else { b }
}

fn add_suffix(s: &mut String, suffix: &str) -> usize {
    s.push_str(suffix);
    s.len()
}

fn take_and_give(mut s: String) -> String {
    s.push('!');
    s
}

fn capitalize(word: &str) -> String {
    let bytes = word.as_bytes();
    let mut out = String::new();
    for i in 0..bytes.len() {
        let b = bytes[i];
        if i == 0 && b >= b'a' && b <= b'z' {
            out.push((b - 32) as char);
        } else {
            out.push(b as char);
        }
    }
    out
}

fn main() {
    let mut words: Vec<String> = Vec::new();
    let w = String::from("borrow");
    words.push(w);
    let w = String::from("checker");
    words.push(take_and_give(w));
    let mut third = String::from("lifetime");
    let n = add_suffix(&mut third, "s");
    println!("third has {} bytes", n);
    words.push(third);
    for w in words.iter_mut() {
        *w = capitalize(w);
    }
    println!("{:?}", words);
    let best = longest(&words[0], &words[2]);
    println!("longest of first/third: {}", best);
    let x = 5;
    let x = x * 2;
    {
        let x = "shadowed";
        println!("inner x = {}", x);
    }
    println!("outer x = {}", x);
    let mut sentence = String::new();
    for w in &words {
        if !sentence.is_empty() {
            sentence.push(' ');
        }
        sentence.push_str(w);
    }
    sentence += ".";
    println!("{} ({} bytes, ends with '.': {})", sentence, sentence.len(), sentence.ends_with("."));
    println!("{:?} {:?}", sentence.find("Checker"), sentence.find("xyz"));
    let popped = sentence.pop();
    println!("{:?} {}", popped, sentence.contains("Lifetimes"));
    let removed = words.remove(1);
    words.insert(0, removed);
    words.reverse();
    println!("{:?}", words);
}
