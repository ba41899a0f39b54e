// `for` over arrays by value and by reference, vectors, maps and user types implementing IntoIterator.
use std::collections::HashMap;

struct Countdown {
    from: u32,
}

impl IntoIterator for Countdown {
    type Item = u32;
    type IntoIter = std::iter::Rev<std::ops::Range<u32>>;

    fn into_iter(self) -> Self::IntoIter {
        (1..self.from + 1).rev()
    }
}

struct Bag {
    items: Vec<String>,
}

impl<'a> IntoIterator for &'a Bag {
    type Item = &'a String;
    type IntoIter = std::slice::Iter<'a, String>;

    fn into_iter(self) -> Self::IntoIter {
        self.items.iter()
    }
}

fn main() {
    for x in [1, 2, 3] {
        print!("{} ", x);
    }
    println!();
    let arr = [String::from("a"), String::from("b")];
    for s in &arr {
        print!("{} ", s);
    }
    for s in arr {
        print!("{}! ", s);
    }
    println!();
    let mut nums = [1, 2, 3];
    for n in &mut nums {
        *n *= 10;
    }
    println!("{:?}", nums);
    let mut map = HashMap::new();
    map.insert("k", 1);
    for (k, v) in &map {
        println!("{} = {}", k, v);
    }
    for c in (Countdown { from: 3 }) {
        print!("{} ", c);
    }
    println!();
    let bag = Bag { items: vec!["x".to_string(), "y".to_string()] };
    for s in &bag {
        print!("{} ", s);
    }
    println!("{}", bag.items.len());
    let v = vec![vec![1, 2], vec![3]];
    for row in &v {
        for x in row {
            print!("{} ", x);
        }
    }
    println!();
}
