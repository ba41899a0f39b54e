// Temporaries in a `for` loop's head live until the loop ends (the head is a `match` scrutinee in rustc's
// desugaring): iterating a freshly made vector by reference, and a Drop that runs after the loop.
struct Noisy {
    name: &'static str,
    items: Vec<i32>,
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn make(name: &'static str) -> Noisy {
    Noisy { name: name, items: vec![1, 2, 3] }
}

fn words() -> Vec<String> {
    vec!["alpha".to_string(), "beta".to_string()]
}

fn main() {
    for (i, x) in vec![10, 20].iter().enumerate() {
        println!("{} {}", i, x);
    }
    for w in words().iter() {
        println!("{} {}", w, w.len());
    }
    for x in make("loop").items.iter() {
        println!("item {}", x);
    }
    println!("after loop");
    let total: i32 = make("sum").items.iter().sum();
    println!("total {}", total);
    for c in words().concat().chars().rev() {
        print!("{}", c);
    }
    println!();
    let n = {
        let mut count = 0;
        for _ in make("block").items.iter().filter(|x| **x > 1) {
            count += 1;
        }
        count
    };
    println!("n {}", n);
}
