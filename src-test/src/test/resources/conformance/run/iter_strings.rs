// Iterating strings: chars, bytes, char_indices, rev, and collecting into String and Vec.

fn main() {
    let word = "Stressed";
    let backwards: String = word.chars().rev().collect();
    println!("{} -> {}", word, backwards);

    let vowels = word.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
    println!("vowels: {}", vowels);

    let upper: String = word.chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("upper: {}", upper);

    for (i, c) in "héllo".char_indices() {
        print!("{}:{} ", i, c);
    }
    println!();

    let byte_sum: u32 = "abc".bytes().map(|b| b as u32).sum();
    println!("byte sum: {}", byte_sum);

    let digits: Vec<u32> = "a1b2c3".chars().filter_map(|c| c.to_digit(10)).collect();
    println!("digits: {:?}", digits);

    let words = vec!["alpha", "beta", "gamma"];
    let joined: String = words.iter().map(|w| w.to_uppercase()).collect();
    println!("joined: {}", joined);

    let initials: String = words.iter().map(|w| w.chars().next().unwrap()).collect();
    println!("initials: {}", initials);

    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    println!("longest: {}", longest);
}
