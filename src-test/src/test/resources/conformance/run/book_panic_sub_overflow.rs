// Panic: u64 subtraction underflow in an inventory that sells more than it has in stock
#[derive(Debug)]
struct Stock {
    sku: &'static str,
    on_hand: u64,
}

fn sell(s: &mut Stock, qty: u64) {
    s.on_hand -= qty;
    println!("sold {} of {}, {} left", qty, s.sku, s.on_hand);
}

fn main() {
    let mut items = vec![Stock { sku: "A-100", on_hand: 10 }, Stock { sku: "B-200", on_hand: 3 }];
    let orders = [(0, 4), (1, 3), (0, 6), (1, 1)];
    for &(idx, qty) in orders.iter() {
        sell(&mut items[idx], qty);
    }
    println!("{:?}", items);
}
