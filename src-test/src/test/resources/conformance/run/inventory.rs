// An inventory: structs in a Vec, lookups returning Option, errors as an enum with Display, ?.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
struct Product {
    sku: u32,
    name: String,
    stock: u32,
    price_cents: u64,
}

#[derive(Debug)]
enum InvError {
    NotFound(u32),
    OutOfStock { sku: u32, wanted: u32, have: u32 },
}

impl fmt::Display for InvError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            InvError::NotFound(sku) => write!(f, "no product with sku {}", sku),
            InvError::OutOfStock { sku, wanted, have } => {
                write!(f, "sku {}: wanted {}, only {} left", sku, wanted, have)
            }
        }
    }
}

struct Inventory {
    products: Vec<Product>,
}

impl Inventory {
    fn find_mut(&mut self, sku: u32) -> Result<&mut Product, InvError> {
        for p in self.products.iter_mut() {
            if p.sku == sku {
                return Ok(p);
            }
        }
        Err(InvError::NotFound(sku))
    }

    fn sell(&mut self, sku: u32, qty: u32) -> Result<u64, InvError> {
        let p = self.find_mut(sku)?;
        if p.stock < qty {
            return Err(InvError::OutOfStock { sku, wanted: qty, have: p.stock });
        }
        p.stock -= qty;
        Ok(p.price_cents * qty as u64)
    }

    fn value(&self) -> u64 {
        let mut v = 0;
        for p in &self.products {
            v += p.price_cents * p.stock as u64;
        }
        v
    }
}

fn main() {
    let mut inv = Inventory { products: Vec::new() };
    inv.products.push(Product { sku: 1, name: String::from("pen"), stock: 10, price_cents: 150 });
    inv.products.push(Product { sku: 2, name: String::from("pad"), stock: 2, price_cents: 399 });
    println!("value {}", inv.value());
    let orders = [(1, 3), (2, 5), (3, 1), (2, 2)];
    for (sku, qty) in orders {
        match inv.sell(sku, qty) {
            Ok(cents) => println!("sold {} x{} for {}.{:02}", sku, qty, cents / 100, cents % 100),
            Err(e) => println!("error: {}", e),
        }
    }
    println!("value {}", inv.value());
    println!("{:#?}", inv.products[1]);
}
