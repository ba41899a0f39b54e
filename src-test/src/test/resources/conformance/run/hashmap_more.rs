// Hash maps with struct, tuple and enum keys; many insertions and removals; sets of strings.
use std::collections::{HashMap, HashSet};

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Point {
    x: i32,
    y: i32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Suit {
    Hearts,
    Spades,
}

fn main() {
    let mut grid: HashMap<Point, char> = HashMap::new();
    for x in 0..3 {
        for y in 0..3 {
            grid.insert(Point { x, y }, if (x + y) % 2 == 0 { '#' } else { '.' });
        }
    }
    for y in 0..3 {
        let row: String = (0..3).map(|x| grid[&Point { x, y }]).collect();
        println!("{}", row);
    }
    println!("{:?}", grid.get(&Point { x: 5, y: 5 }));

    let mut pairs: HashMap<(i32, i32), u64> = HashMap::new();
    for i in 0..1000 {
        *pairs.entry((i % 7, i % 11)).or_insert(0) += i as u64;
    }
    println!("{} keys, (3, 4) -> {}", pairs.len(), pairs[&(3, 4)]);
    for i in 0..7 {
        pairs.remove(&(i, i));
    }
    println!("{} keys after removing the diagonal", pairs.len());
    let mut total: u64 = pairs.values().sum();
    println!("total {}", total);
    for v in pairs.values_mut() {
        *v = 1;
    }
    total = pairs.values().sum();
    println!("total {}", total);

    let mut numbers = HashMap::new();
    for i in 0..5000 {
        numbers.insert(i, i * 2);
    }
    for i in (0..5000).filter(|n| n % 3 != 0) {
        numbers.remove(&i);
    }
    let mut keys: Vec<_> = numbers.keys().copied().filter(|k| *k < 20).collect();
    keys.sort();
    println!("{} left, first {:?}", numbers.len(), keys);
    println!("{:?} {:?}", numbers.get(&2997), numbers.get(&2998));

    let mut hands: HashMap<Suit, Vec<u8>> = HashMap::new();
    hands.entry(Suit::Spades).or_default().push(10);
    hands.entry(Suit::Hearts).or_default().push(3);
    hands.entry(Suit::Spades).or_default().push(1);
    let mut suits: Vec<_> = hands.iter().collect();
    suits.sort();
    println!("{:?}", suits);

    let text = "the quick brown fox jumps over the lazy dog the end";
    let words: HashSet<&str> = text.split(' ').collect();
    let owned: HashSet<String> = text.split(' ').map(|w| w.to_uppercase()).collect();
    println!("{} {} {} {}", words.len(), owned.len(), words.contains("fox"), owned.contains("FOX"));
    let mut sorted: Vec<&String> = owned.iter().collect();
    sorted.sort();
    println!("{:?}", sorted);

    let mut inventory: HashMap<String, u32> = HashMap::new();
    inventory.insert("apple".to_string(), 3);
    inventory.insert("pear".to_string(), 0);
    inventory.insert("plum".to_string(), 7);
    inventory.retain(|_, count| *count > 0);
    let mut names: Vec<String> = inventory.into_keys().collect();
    names.sort();
    println!("{:?}", names);
}
