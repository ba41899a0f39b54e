// A generic stack with trait bounds, Display for a generic type and an error enum with ?.
use std::fmt;

#[derive(Debug, PartialEq)]
enum StackError {
    Empty,
    Full { capacity: usize },
}

struct Stack<T> {
    items: Vec<T>,
    capacity: usize,
}

impl<T: Copy + fmt::Debug> Stack<T> {
    fn new(capacity: usize) -> Self {
        Stack { items: Vec::with_capacity(capacity), capacity }
    }

    fn push(&mut self, v: T) -> Result<(), StackError> {
        if self.items.len() == self.capacity {
            return Err(StackError::Full { capacity: self.capacity });
        }
        self.items.push(v);
        Ok(())
    }

    fn pop(&mut self) -> Result<T, StackError> {
        self.items.pop().ok_or(StackError::Empty)
    }

    fn peek(&self) -> Option<&T> {
        self.items.last()
    }
}

impl fmt::Display for StackError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            StackError::Empty => write!(f, "the stack is empty"),
            StackError::Full { capacity } => write!(f, "the stack is full ({} items)", capacity),
        }
    }
}

fn fill(s: &mut Stack<i32>, n: i32) -> Result<i32, StackError> {
    for i in 0..n {
        s.push(i * i)?;
    }
    let top = s.pop()?;
    Ok(top)
}

fn main() {
    let mut s: Stack<i32> = Stack::new(3);
    println!("{:?}", fill(&mut s, 3));
    println!("{:?} {:?}", s.peek(), s.items);
    match fill(&mut s, 5) {
        Ok(v) => println!("ok {}", v),
        Err(e) => println!("error: {}", e),
    }
    let mut chars = Stack::new(2);
    chars.push('x').unwrap();
    println!("{:?} {:?}", chars.pop(), chars.pop());
    if let Err(e) = chars.pop() {
        println!("{} / {:?}", e, e);
    }
}
