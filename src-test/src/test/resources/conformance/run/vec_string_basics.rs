#[derive(Debug, PartialEq)]
struct Item {
    name: String,
    qty: u32,
}

fn main() {
    let mut items = vec![
        Item { name: String::from("apple"), qty: 3 },
        Item { name: "pear".to_string(), qty: 0 },
    ];
    items.push(Item { name: format!("fig{}", 2), qty: 7 });
    for it in &items {
        println!("{} x{}", it.name, it.qty);
    }
    for it in items.iter_mut() {
        it.qty += 1;
    }
    let mut total = 0;
    for it in items.iter() {
        total += it.qty;
    }
    println!("total {}", total);
    println!("{:?}", items[0]);
    println!("{:#?}", items);
    let words = vec!["a", "bb", "ccc"];
    let mut s = String::new();
    for w in words {
        s.push_str(w);
        s.push('-');
    }
    println!("{} {}", s, s.len());
    let greeting = String::from("hello") + " world";
    println!("{}", greeting);
    println!("{}", greeting == "hello world".to_string());
    let n = 42.to_string();
    println!("{:?} {}", n, n.len());
    let b = Box::new(Item { name: String::from("boxed"), qty: 1 });
    println!("{:?} {}", b, b.name);
    let v2 = vec![1, 2, 3];
    println!("{}", v2 == vec![1, 2, 3]);
    let arr = [10, 20, 30];
    for (i, x) in [(0, 'a'), (1, 'b')] {
        println!("{} {}", i, x);
    }
    for x in arr {
        print!("{} ", x);
    }
    println!();
}
