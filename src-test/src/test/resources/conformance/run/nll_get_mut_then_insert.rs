use std::collections::HashMap;

// A lookup's borrow ends where its result is last used, so the map can be changed in the other branch.
fn count(words: &[&str]) -> HashMap<String, i32> {
    let mut m: HashMap<String, i32> = HashMap::new();
    for w in words {
        match m.get_mut(*w) {
            Some(n) => *n += 1,
            None => {
                m.insert(w.to_string(), 1);
            }
        }
    }
    m
}

fn main() {
    let mut m = count(&["a", "b", "a", "c", "a"]);
    if let Some(x) = m.get_mut("b") {
        *x += 10;
    }
    m.insert(String::from("d"), 4);
    {
        let c = m.get_mut("c").unwrap();
        *c *= 7;
    }
    m.remove("a");
    let mut keys: Vec<_> = m.iter().map(|(k, v)| format!("{}={}", k, v)).collect();
    keys.sort();
    println!("{}", keys.join(", "));
    let b = m.get("b").copied().unwrap_or(0);
    m.insert(String::from("b2"), b * 2);
    println!("{} {:?}", m.len(), m.get("b2"));
}
