// Associated types of IntoIterator in generic code, user impls, nested projections and `for` over `&mut` iterators.
use std::collections::HashMap;

struct Grid {
    cells: Vec<u8>,
}

impl IntoIterator for Grid {
    type Item = u8;
    type IntoIter = std::vec::IntoIter<u8>;

    fn into_iter(self) -> std::vec::IntoIter<u8> {
        self.cells.into_iter()
    }
}

fn sum_all<T: IntoIterator<Item = u8>>(t: T) -> u32 {
    t.into_iter().map(|x| x as u32).sum()
}

fn longest<'a, I>(words: I) -> &'a str
where
    I: IntoIterator<Item = &'a str>,
{
    let mut best = "";
    for w in words {
        if w.len() > best.len() {
            best = w;
        }
    }
    best
}

fn pairs<A: IntoIterator, B: IntoIterator>(a: A, b: B) -> Vec<(A::Item, B::Item)> {
    a.into_iter().zip(b).collect()
}

fn tally<I>(items: I) -> Vec<(char, usize)>
where
    I: IntoIterator<Item = char>,
{
    let mut counts: HashMap<char, usize> = HashMap::new();
    for c in items {
        *counts.entry(c).or_insert(0) += 1;
    }
    let mut out: Vec<(char, usize)> = counts.into_iter().collect();
    out.sort();
    out
}

fn main() {
    println!("{}", sum_all(Grid { cells: vec![1, 2, 3] }));
    println!("{}", sum_all([200, 100]));
    println!("{}", longest(vec!["a", "abc", "ab"]));
    println!("{}", longest(["xy", "z"]));
    println!("{:?}", pairs(vec![1, 2], ["a", "b", "c"]));
    println!("{:?}", pairs(&[1.5, 2.5], 7..=9));
    println!("{:?}", tally("banana".chars()));
    println!("{:?}", tally(vec!['z', 'a', 'z']));

    let nested = vec![vec![1], vec![2, 3]];
    let mut flat = Vec::new();
    for v in nested {
        flat.extend(v);
    }
    println!("{:?}", flat);

    let v = vec![1, 2, 3, 4];
    let mut it = v.iter();
    for x in &mut it {
        if *x == 2 {
            break;
        }
    }
    println!("{:?} {:?}", it.next(), it.next());

    let mut first = [10, 20].into_iter();
    println!("{:?} {:?} {:?}", first.next(), first.next(), first.next());
    let strs = ["a".to_string(), "b".to_string()];
    let back: Vec<String> = strs.into_iter().rev().collect();
    println!("{:?}", back);
    let total: i32 = v.iter().chain(&[10]).sum();
    println!("{}", total);
}
