struct Counter {
    items: Vec<String>,
    total: usize,
}

fn main() {
    let mut c = Counter { items: vec![String::from("a")], total: 0 };
    let name = &c.items[0];
    c.items.clear();
    c.total += 1;
    println!("{} {}", name, c.total);
}
