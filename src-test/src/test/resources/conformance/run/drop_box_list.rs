// The Rust Book, chapter 15.1: a cons list in boxes; dropping the head drops the whole list.
#[derive(Debug)]
enum List {
    Cons(i32, Box<List>),
    Nil,
}

use List::{Cons, Nil};

struct Node {
    value: i32,
    next: Option<Box<Node>>,
}

impl Drop for Node {
    fn drop(&mut self) {
        println!("dropping node {}", self.value);
    }
}

fn build(n: i32) -> Option<Box<Node>> {
    let mut head: Option<Box<Node>> = None;
    for v in (1..=n).rev() {
        head = Some(Box::new(Node { value: v, next: head }));
    }
    head
}

fn sum(list: &List) -> i32 {
    match list {
        Cons(v, rest) => v + sum(rest),
        Nil => 0,
    }
}

fn main() {
    let list = Cons(1, Box::new(Cons(2, Box::new(Cons(3, Box::new(Nil))))));
    println!("{:?} sums to {}", list, sum(&list));

    let chain = build(3);
    println!("built");
    if let Some(first) = &chain {
        println!("first is {}", first.value);
    }
    let mut cursor = chain;
    while let Some(mut node) = cursor {
        println!("visiting {}", node.value);
        cursor = node.next.take();
    }
    println!("walked");

    // a long-running loop that allocates: memory is reused as values are dropped
    let mut total = 0usize;
    for i in 0..20000 {
        let s = format!("item number {}", i);
        let v: Vec<String> = s.split(' ').map(|w| w.to_string()).collect();
        total += v.len() + s.len();
    }
    println!("total {}", total);
    let kept = build(2);
    println!("end of main");
    drop(kept);
    println!("after drop");
}
