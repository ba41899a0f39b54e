// String methods with every kind of pattern: &str, char, &String and closures; splitting, trimming,
// replacing and case conversion.

fn main() {
    let csv = "name,age,,city";
    let fields: Vec<&str> = csv.split(',').collect();
    println!("{:?} ({} fields)", fields, fields.len());
    let parts: Vec<&str> = "a--b--c".split("--").collect();
    println!("{:?}", parts);
    let limited: Vec<&str> = "k=v=w".splitn(2, '=').collect();
    println!("{:?}", limited);
    println!("{:?}", "key: value".split_once(": "));
    println!("{:?}", "no separator".split_once(';'));

    let text = "  The quick\tbrown  fox\n jumps  ";
    let words: Vec<&str> = text.split_whitespace().collect();
    println!("{:?}", words);
    println!("[{}] [{}] [{}]", text.trim(), text.trim_start(), text.trim_end());

    let poem = "roses are red\r\nviolets are blue\n\nsugar is sweet\n";
    for (n, line) in poem.lines().enumerate() {
        println!("{:>2}: {:?}", n + 1, line);
    }

    let s = "Hello, World";
    println!("{} {} {}", s.contains("World"), s.contains('z'), s.contains(|c: char| c.is_ascii_digit()));
    println!("{} {}", s.starts_with("Hell"), s.ends_with('d'));
    println!("{:?} {:?} {:?}", s.find('o'), s.rfind('o'), s.find("xyz"));
    println!("{:?}", s.find(|c: char| c == ','));
    let owned = String::from("World");
    println!("{}", s.contains(&owned));

    println!("{}", "xxhixx".trim_matches('x'));
    println!("{}", "001200".trim_start_matches('0'));
    println!("{}", "1.500".trim_end_matches('0'));
    println!("{:?} {:?}", "v1.2".strip_prefix('v'), "file.rs".strip_suffix(".rs"));
    println!("{:?}", "file.rs".strip_prefix("lib"));

    println!("{}", "I like cats and cats like me".replace("cats", "dogs"));
    println!("{}", "a-b-c-d".replacen('-', "+", 2));
    println!("{}", "tom".replace('t', "T"));
    println!("{} {}", "Grüße, Jürgen".to_uppercase(), "ÀÉÎ ΣΟΦΟΣ".to_lowercase());
    println!("{}", "mixed Case".to_lowercase());
    println!("{}", "banana".matches("an").count());
    let upper_first: String = "word".chars().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c }).collect();
    println!("{}", upper_first);
    println!("{}", 'q'.to_uppercase());
    println!("{:?}", "".split(',').collect::<Vec<&str>>());
    println!("{}", "   ".trim().is_empty());
}
