// A map literal macro, used with different key and value types, nested in another macro's arguments.
use std::collections::HashMap;

macro_rules! hashmap {
    () => { HashMap::new() };
    ($($key:expr => $value:expr),+ $(,)?) => {{
        let mut map = HashMap::new();
        $(map.insert($key, $value);)+
        map
    }};
}

fn sorted<V: std::fmt::Debug>(map: &HashMap<&str, V>) -> Vec<String> {
    let mut keys: Vec<&&str> = map.keys().collect();
    keys.sort();
    keys.iter().map(|k| format!("{}={:?}", k, map[**k])).collect()
}

fn main() {
    let ages = hashmap! {
        "alice" => 31,
        "bob" => 27,
        "carol" => 45,
    };
    println!("{:?}", sorted(&ages));
    let empty: HashMap<&str, i32> = hashmap!();
    println!("empty has {} entries", empty.len());
    let squares = hashmap!["one" => 1 * 1, "two" => 2 * 2, "three" => 3 * 3];
    println!("{:?}", sorted(&squares));
    let total: i32 = ages.values().sum();
    println!("total age {}", total);
    println!("bob is {}", hashmap!("bob" => 27)["bob"]);
}
