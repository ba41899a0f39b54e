// {:?} of chars and strings escapes what is not printable or extends a grapheme as \u{..}, like rustc.
#[derive(Debug)]
struct Word {
    text: String,
    first: char,
}

fn main() {
    println!("{:?} {:?} {:?} {:?}", 'é', '\u{301}', "e\u{301}\u{200b}x", '\u{7f}');
    println!("{:?}", "tab\there \"q\" \\ \u{1F600} \u{feff} \u{0} \u{1b}[0m");
    println!("{:?} {:?} {:?}", '\'', "'", '"');
    let w = Word { text: String::from("nai\u{308}ve\u{a0}caf\u{e9}"), first: '\u{2028}' };
    println!("{:?}", w);
    println!("{:#?}", w);
    let all: Vec<char> = "a\u{300}\u{34f}\u{fe0f}\u{e0001}z".chars().collect();
    println!("{:?}", all);
    println!("[{:>12?}] [{:<8?}]", "x\u{200d}y", 'ß');
}
