// Vec, Box and Option own their contents and drop them.
#[derive(Debug)]
struct Token {
    id: u32,
}

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop token {}", self.id);
    }
}

struct Bag {
    label: String,
    items: Vec<Token>,
    extra: Option<Box<Token>>,
}

impl Drop for Bag {
    fn drop(&mut self) {
        println!("drop bag {} with {} items", self.label, self.items.len());
    }
}

fn make_tokens(n: u32) -> Vec<Token> {
    let mut v = Vec::new();
    for i in 1..=n {
        v.push(Token { id: i });
    }
    v
}

fn main() {
    let tokens = make_tokens(3);
    println!("made {} tokens", tokens.len());
    for t in tokens {
        println!("visiting token {}", t.id);
    }
    println!("after the loop");

    let mut stack = make_tokens(4);
    if let Some(top) = stack.pop() {
        println!("popped {}", top.id);
    }
    stack.truncate(2);
    println!("truncated to {}", stack.len());
    let removed = stack.remove(0);
    println!("removed {:?}", removed);
    stack.clear();
    println!("cleared");

    let boxed = Box::new(Token { id: 10 });
    println!("boxed token {}", boxed.id);

    let some = Some(Token { id: 20 });
    let none: Option<Token> = None;
    println!("{} {}", some.is_some(), none.is_none());

    let bag = Bag {
        label: String::from("bag"),
        items: vec![Token { id: 30 }, Token { id: 31 }],
        extra: Some(Box::new(Token { id: 32 })),
    };
    println!("bag has {} items", bag.items.len());

    let mut numbers = make_tokens(5);
    numbers.retain(|t| t.id % 2 == 1);
    println!("kept {:?}", numbers);

    let mut iter_src = make_tokens(3);
    iter_src.reverse();
    for t in iter_src {
        if t.id == 2 {
            println!("breaking at {}", t.id);
            break;
        }
        println!("saw {}", t.id);
    }
    println!("end of main");
}
