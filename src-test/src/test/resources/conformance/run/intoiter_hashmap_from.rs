// `HashMap::from`, `HashSet::from` and `Vec::from` with arrays; extending maps and sets.
use std::collections::{HashMap, HashSet};

fn main() {
    let map = HashMap::from([("a", 1), ("b", 2), ("c", 3)]);
    let mut keys: Vec<_> = map.keys().copied().collect();
    keys.sort();
    println!("{:?} {}", keys, map["b"]);

    let mut ages: HashMap<String, u32> = HashMap::from([("ann".to_string(), 31)]);
    ages.extend([("bo".to_string(), 25), ("cy".to_string(), 40)]);
    ages.extend(vec![("ann".to_string(), 32)]);
    let mut pairs: Vec<(&String, &u32)> = ages.iter().collect();
    pairs.sort();
    println!("{:?}", pairs);

    let mut total = 0;
    for (_, v) in &ages {
        total += v;
    }
    println!("total {}", total);
    for (_, v) in &mut ages {
        *v += 1;
    }
    let mut vals: Vec<u32> = ages.values().copied().collect();
    vals.sort();
    println!("{:?}", vals);

    let mut set = HashSet::from([3, 1, 4, 1, 5]);
    set.extend([9, 2, 6]);
    set.extend(&[5, 3, 5]);
    set.extend(vec![8]);
    let mut items: Vec<i32> = set.into_iter().collect();
    items.sort();
    println!("{:?}", items);

    let v = Vec::from([1, 2, 3]);
    let w: Vec<String> = Vec::from(["x".to_string(), "y".to_string()]);
    println!("{:?} {:?}", v, w);

    let mut copy: HashMap<&str, i32> = HashMap::new();
    copy.extend(&map);
    let mut c: Vec<_> = copy.into_iter().collect();
    c.sort();
    println!("{:?}", c);
}
