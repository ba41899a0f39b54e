// An inventory with Result-returning operations, split_once parsing with ?, eprintln, and a u8 overflow panic.
#[derive(Debug)]
struct Inventory { items: Vec<(String, u32)> }
impl Inventory {
    fn add(&mut self, name: &str, qty: u32) -> &mut Self {
        if let Some(entry) = self.items.iter_mut().find(|(n, _)| n == name) { entry.1 += qty; } else { self.items.push((name.to_string(), qty)); }
        self
    }
    fn remove(&mut self, name: &str, qty: u32) -> Result<u32, String> {
        let pos = self.items.iter().position(|(n, _)| n == name).ok_or(format!("no {}", name))?;
        let have = self.items[pos].1;
        let left = have.checked_sub(qty).ok_or_else(|| format!("only {} {}", have, name))?;
        if left == 0 { self.items.remove(pos); } else { self.items[pos].1 = left; }
        Ok(left)
    }
}
fn parse_kv(line: &str) -> Option<(&str, i64)> {
    let (k, v) = line.split_once('=')?;
    let v = v.trim().parse().ok()?;
    Some((k.trim(), v))
}
fn main() {
    let mut inv = Inventory { items: vec![] };
    inv.add("apple", 3).add("pear", 2).add("apple", 4);
    println!("{:?}", inv);
    println!("{:?} {:?} {:?}", inv.remove("apple", 5), inv.remove("pear", 5), inv.remove("kiwi", 1));
    println!("{:?}", inv.remove("pear", 2));
    println!("{:#?}", inv);
    for l in ["a = 5", "b=-3", "c = x", "noeq"] { println!("{:?}", parse_kv(l)); }
    let data = [3u32, 0, 7];
    let mut sum = 0u32;
    for (i, d) in data.iter().enumerate() {
        if *d == 0 { eprintln!("skipping index {}", i); continue; }
        sum += 100 / d;
    }
    println!("sum {}", sum);
    let v: Vec<i32> = Vec::new();
    let idx = data.len() + 2;
    println!("{}", v.get(idx).copied().unwrap_or(-1));
    let mut counter: u8 = 254;
    for _ in 0..3 { counter += 1; println!("{}", counter); }
}
