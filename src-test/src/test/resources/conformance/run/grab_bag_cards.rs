// Cards, labelled loops, shadowing, formatting flags, checked arithmetic: a grab bag of chapter 3-8 Rust.
use std::collections::HashMap;
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Suit { Hearts, Spades }
#[derive(Debug, Clone)]
struct Card { rank: u8, suit: Suit }
impl Card {
    fn name(&self) -> String {
        let r = match self.rank { 1 => "A".to_string(), 11 => "J".into(), 12 => String::from("Q"), 13 => "K".to_owned(), n @ 2..=10 => n.to_string(), _ => panic!("bad rank {}", self.rank) };
        format!("{}{}", r, if self.suit == Suit::Hearts { '♥' } else { '♠' })
    }
}
fn main() {
    let mut deck: Vec<Card> = Vec::new();
    for s in [Suit::Spades, Suit::Hearts] { for r in (1..=13).step_by(4) { deck.push(Card { rank: r, suit: s }); } }
    deck.sort_by_key(|c| (c.suit, 100 - c.rank));
    let names: Vec<String> = deck.iter().map(Card::name).collect();
    println!("{}", names.join(" "));
    let mut by_suit: HashMap<Suit, Vec<u8>> = HashMap::new();
    for c in &deck { by_suit.entry(c.suit).or_default().push(c.rank); }
    let mut keys: Vec<_> = by_suit.keys().copied().collect();
    keys.sort();
    for k in keys { println!("{:?}: {:?}", k, by_suit[&k]); }
    'outer: for i in 0..5 {
        for j in 0..5 {
            if i * j == 6 { println!("found {} {}", i, j); break 'outer; }
            if j > i { continue 'outer; }
        }
    }
    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() { print!("{} ", top); }
    println!();
    let x = 5; let x = x * 2; { let x = "inner"; println!("{}", x); } println!("{}", x);
    let t = (1, "two", 3.0);
    let (a, b, c) = t;
    println!("{a} {b} {c:.1} {:?}", t);
    let v: Vec<u32> = Vec::with_capacity(10);
    println!("{} {} {:?}", v.len(), v.capacity() >= 10, v.first());
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.concat();
    println!("{:?} {}", flat, nested.iter().map(Vec::len).max().unwrap());
    let s = "a,b,,c";
    println!("{:?} {:?}", s.split(',').collect::<Vec<_>>(), s.splitn(2, ',').collect::<Vec<_>>());
    println!("{:?}", s.char_indices().filter(|(_, c)| *c == ',').map(|(i, _)| i).collect::<Vec<_>>());
    println!("{:>8.3}|{:<6}|{:^7}|{:+}|{:#x}|{:#b}|{:08.2}", 3.14159, "ab", "mid", 5, 255, 5, -3.5);
    let big: u8 = 250;
    println!("{:?} {:?} {}", big.checked_add(10), big.saturating_add(10), big.wrapping_add(10));
    let r: Result<u8, _> = "300".parse::<u8>();
    println!("{:?}", r);
    let arr = [5, 3, 8, 1];
    let (mut mn, mut mx) = (i32::MAX, i32::MIN);
    for &a in arr.iter() { mn = mn.min(a); mx = mx.max(a); }
    println!("{} {} {:?}", mn, mx, arr.iter().rev().skip_while(|&&x| x < 5).collect::<Vec<_>>());
}
