// Shopping cart totals: structs with integer cents, discounts enum, formatting money with width/fill
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
enum Discount {
    None,
    Percent(u32),
    BuyNGetOne(u32),
}

struct Item {
    name: &'static str,
    unit_cents: u64,
    qty: u32,
    discount: Discount,
}

struct Money(u64);

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "${}.{:02}", self.0 / 100, self.0 % 100)
    }
}

impl Item {
    fn gross(&self) -> u64 {
        self.unit_cents * self.qty as u64
    }

    fn saving(&self) -> u64 {
        match self.discount {
            Discount::None => 0,
            Discount::Percent(p) => self.gross() * p as u64 / 100,
            Discount::BuyNGetOne(n) => {
                let free = self.qty / (n + 1);
                free as u64 * self.unit_cents
            }
        }
    }
}

fn main() {
    let cart = vec![
        Item { name: "Coffee beans", unit_cents: 1299, qty: 2, discount: Discount::None },
        Item { name: "Oat milk", unit_cents: 249, qty: 7, discount: Discount::BuyNGetOne(2) },
        Item { name: "Croissant", unit_cents: 185, qty: 4, discount: Discount::Percent(15) },
        Item { name: "Mug", unit_cents: 899, qty: 1, discount: Discount::Percent(50) },
    ];
    println!("{:<14}{:>4}{:>10}{:>10}", "item", "qty", "gross", "saving");
    println!("{:-<38}", "");
    let mut total = 0;
    let mut saved = 0;
    for it in &cart {
        let g = it.gross();
        let s = it.saving();
        total += g - s;
        saved += s;
        println!("{:<14}{:>4}{:>10}{:>10}", it.name, it.qty, format!("{}", Money(g)), format!("{}", Money(s)));
    }
    println!("{:=<38}", "");
    let tax = total * 8 / 100;
    println!("{:<28}{:>10}", "subtotal", format!("{}", Money(total)));
    println!("{:<28}{:>10}", "tax 8%", format!("{}", Money(tax)));
    println!("{:<28}{:>10}", "TOTAL", format!("{}", Money(total + tax)));
    println!("you saved {} ({:.1}%)", Money(saved), saved as f64 * 100.0 / (total + saved) as f64);
    println!("[{}] [{:>10}] [{:<8}]", Money(5), Money(123456), Money(7));
}
