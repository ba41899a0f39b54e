// The Rust Book, chapter 10: lifetimes that work out.
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn first_word(s: &str) -> &str {
    match s.find(' ') {
        Some(i) => &s[..i],
        None => s,
    }
}

struct Excerpt<'a> {
    part: &'a str,
}

impl<'a> Excerpt<'a> {
    fn announce(&self, text: &str) -> &str {
        println!("Attention please: {}", text);
        self.part
    }
}

fn main() {
    let string1 = String::from("long string is long");
    {
        let string2 = String::from("xyz");
        let result = longest(string1.as_str(), string2.as_str());
        println!("The longest string is {}", result);
    }
    let mut text = String::from("hello world");
    let w = first_word(&text).to_string();
    text.push_str("!");
    println!("{} / {}", w, text);

    let novel = String::from("Call me Ishmael. Some years ago...");
    let first = novel.split('.').next().expect("no '.'");
    let e = Excerpt { part: first };
    println!("{}", e.announce("hi"));

    let mut best = "";
    for word in novel.split(' ') {
        best = longest(best, word);
    }
    println!("{}", best);
}
