// The Rust Book, chapter 8.3: storing keys with associated values in hash maps.
use std::collections::HashMap;
use std::collections::HashSet;

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Yellow"), 50);

    let team_name = String::from("Blue");
    let score = scores.get(&team_name).copied().unwrap_or(0);
    println!("Blue: {}", score);

    let mut names: Vec<_> = scores.keys().cloned().collect();
    names.sort();
    for name in &names {
        println!("{}: {}", name, scores[name]);
    }

    // overwriting a value
    let old = scores.insert(String::from("Blue"), 25);
    println!("old Blue = {:?}, new Blue = {:?}", old, scores.get(&String::from("Blue")));

    // adding a key and value only if a key isn't present
    scores.entry(String::from("Yellow")).or_insert(0);
    scores.entry(String::from("Red")).or_insert(5);
    let mut pairs: Vec<(&String, &i32)> = scores.iter().collect();
    pairs.sort();
    println!("{:?}", pairs);

    // updating a value based on the old value
    let text = "hello world wonderful world hello hello";
    let mut map = HashMap::new();
    for word in text.split_whitespace() {
        let count = map.entry(word).or_insert(0);
        *count += 1;
    }
    let mut counts: Vec<(&str, i32)> = map.iter().map(|(w, c)| (*w, *c)).collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", counts);
    println!("{} distinct words, has 'world': {}, has 'rust': {}", map.len(), map.contains_key("world"), map.contains_key("rust"));

    if let Some(c) = map.get_mut("hello") {
        *c *= 10;
    }
    println!("hello -> {}", map["hello"]);
    println!("removed {:?}, then {:?}", map.remove("wonderful"), map.remove("wonderful"));
    println!("len {} empty {}", map.len(), map.is_empty());

    let mut letters: HashMap<char, usize> = HashMap::new();
    for c in "mississippi".chars() {
        letters.entry(c).and_modify(|n| *n += 1).or_insert(1);
    }
    let mut keys: Vec<char> = letters.keys().copied().collect();
    keys.sort();
    for k in keys {
        print!("{}={} ", k, letters[&k]);
    }
    println!();

    let squares: HashMap<u32, u32> = (1..=5).map(|n| (n, n * n)).collect();
    let mut total = 0;
    for (_, v) in &squares {
        total += v;
    }
    println!("sum of squares {}", total);
    let mut big: Vec<u32> = squares.into_iter().filter(|(_, v)| *v > 5).map(|(k, _)| k).collect();
    big.sort();
    println!("{:?}", big);

    let mut groups: HashMap<bool, Vec<i32>> = HashMap::new();
    for n in 1..=10 {
        groups.entry(n % 2 == 0).or_insert_with(|| Vec::new()).push(n);
    }
    println!("even {:?} odd {:?}", groups[&true], groups[&false]);
    let mut defaults: HashMap<&str, Vec<&str>> = HashMap::new();
    defaults.entry("fruits").or_default().push("apple");
    defaults.entry("fruits").or_default().push("pear");
    println!("{:?}", defaults);
    for v in defaults.values_mut() {
        v.push("plum");
    }
    println!("{:?}", defaults.get("fruits"));

    let a: HashSet<i32> = [1, 2, 3, 4].iter().cloned().collect();
    let mut b = HashSet::new();
    for x in [3, 4, 5, 6] {
        b.insert(x);
    }
    println!("inserted again: {}", b.insert(4));
    let mut common: Vec<_> = a.intersection(&b).collect();
    common.sort();
    let mut all: Vec<_> = a.union(&b).cloned().collect();
    all.sort();
    let mut only_a: Vec<i32> = a.difference(&b).copied().collect();
    only_a.sort();
    println!("{:?} {:?} {:?} {} {}", common, all, only_a, a.contains(&1), b.contains(&1));
    let mut seen = HashSet::new();
    let words = vec!["a", "b", "a", "c", "b"];
    let unique: Vec<&str> = words.into_iter().filter(|w| seen.insert(*w)).collect();
    println!("{:?} {}", unique, seen.len());
    let single: HashMap<&str, i32> = vec![("one", 1)].into_iter().collect();
    println!("{:?} {:?}", single, HashSet::<i32>::new());
}
