mod inventory {
    pub mod item {
        #[derive(Debug, Clone, PartialEq)]
        pub enum Category {
            Tool,
            Food,
        }

        #[derive(Debug, Clone)]
        pub struct Item {
            pub name: String,
            pub category: Category,
            pub(crate) qty: u32,
            price_cents: u32,
        }

        impl Item {
            pub fn new(name: &str, category: Category, qty: u32, price_cents: u32) -> Item {
                Item { name: String::from(name), category, qty, price_cents }
            }

            pub fn value(&self) -> u32 {
                self.qty * self.price_cents
            }
        }
    }

    use self::item::{Category, Item};

    pub struct Store {
        items: Vec<Item>,
    }

    impl Store {
        pub fn new() -> Store {
            Store { items: Vec::new() }
        }

        pub fn add(&mut self, it: Item) {
            self.items.push(it);
        }

        pub fn total(&self) -> u32 {
            let mut t = 0;
            for it in &self.items {
                t += it.value();
            }
            t
        }

        pub fn count(&self, c: Category) -> u32 {
            let mut n = 0;
            for it in &self.items {
                if it.category == c {
                    n += it.qty;
                }
            }
            n
        }

        pub fn take(&mut self, name: &str, n: u32) -> bool {
            for it in &mut self.items {
                if it.name == name && it.qty >= n {
                    it.qty -= n;
                    return true;
                }
            }
            false
        }
    }
}

use inventory::item::{Category, Item};
use inventory::Store;

fn main() {
    let mut s = Store::new();
    s.add(Item::new("hammer", Category::Tool, 3, 1250));
    s.add(Item::new("apple", Category::Food, 10, 45));
    s.add(Item::new("bread", inventory::item::Category::Food, 2, 300));
    println!("total {}", s.total());
    println!("food {} tools {}", s.count(Category::Food), s.count(Category::Tool));
    println!("{}", s.take("apple", 4));
    println!("{}", s.take("hammer", 9));
    println!("total {}", s.total());
    let it = Item::new("saw", Category::Tool, 1, 999);
    println!("{} {:?} {}", it.name, it.category, it.qty);
}
