// Ownership and Drop: values are dropped exactly once, by whoever owns them last.
struct Noisy {
    name: String,
}

impl Noisy {
    fn new(name: &str) -> Noisy {
        println!("create {}", name);
        Noisy { name: name.to_string() }
    }
}

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}

fn take(n: Noisy) {
    println!("take got {}", n.name);
}

fn take_two(a: Noisy, b: Noisy) {
    println!("take_two got {} and {}", a.name, b.name);
}

fn give(name: &str) -> Noisy {
    Noisy::new(name)
}

fn pass_through(n: Noisy) -> Noisy {
    println!("passing {}", n.name);
    n
}

struct Pair {
    left: Noisy,
    right: Noisy,
}

fn main() {
    let a = Noisy::new("a");
    take(a);
    println!("after take");

    let b = give("b");
    let b2 = pass_through(b);
    println!("b2 is {}", b2.name);

    take_two(Noisy::new("x"), Noisy::new("y"));

    let mut slot = Noisy::new("first");
    println!("slot holds {}", slot.name);
    slot = Noisy::new("second");
    println!("slot holds {}", slot.name);

    for i in 0..4 {
        let item = Noisy::new(&format!("item{}", i));
        if i % 2 == 0 {
            take(item);
        } else {
            println!("keeping {}", item.name);
        }
        println!("end of iteration {}", i);
    }

    let maybe = Noisy::new("maybe");
    let moved = if b2.name.len() > 5 {
        take(maybe);
        true
    } else {
        false
    };
    println!("moved: {}", moved);

    let pair = Pair { left: Noisy::new("left"), right: Noisy::new("right") };
    let l = pair.left;
    println!("took {} out of the pair", l.name);

    let (p, q) = (Noisy::new("p"), Noisy::new("q"));
    let r = q;
    println!("{} {}", p.name, r.name);
    println!("end of main");
}
