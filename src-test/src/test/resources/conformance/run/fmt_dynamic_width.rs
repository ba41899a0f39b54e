// Widths and precisions given at run time: `width$`, `.prec$`, `.*`, positional and named,
// and captured variables, in a small table report.

struct Item {
    name: &'static str,
    qty: u32,
    price: f64,
}

fn main() {
    let items = [
        Item { name: "apple", qty: 3, price: 0.5 },
        Item { name: "watermelon", qty: 1, price: 3.25 },
        Item { name: "fig", qty: 12, price: 0.125 },
    ];
    let name_w = items.iter().map(|i| i.name.len()).max().unwrap_or(4).max(4);
    let decimals = 2;
    println!("{:<name_w$} | {:>5} | {:>8}", "item", "qty", "price");
    println!("{:-<1$}", "", name_w + 19);
    for it in items.iter() {
        println!("{:<name_w$} | {:>5} | {:>8.decimals$}", it.name, it.qty, it.price);
    }
    let total: f64 = items.iter().map(|i| i.qty as f64 * i.price).sum();
    println!("{:>w$.p$}", total, w = name_w + 19, p = decimals);
    for digits in 0..4 {
        println!("pi ~ {:.*}", digits, std::f64::consts::PI);
    }
    let label = "centered";
    let width = 20;
    println!("[{label:*^width$}]");
    println!("[{:>1$}] [{2:.3$}]", 7, 6, "abcdef", 2);
}
