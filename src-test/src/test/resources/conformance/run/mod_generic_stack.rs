mod collections {
    pub mod stack {
        #[derive(Debug)]
        pub struct Stack<T> {
            items: Vec<T>,
        }

        impl<T> Stack<T> {
            pub fn new() -> Stack<T> {
                Stack { items: Vec::new() }
            }

            pub fn push(&mut self, t: T) {
                self.items.push(t);
            }

            pub fn pop(&mut self) -> Option<T> {
                self.items.pop()
            }

            pub fn len(&self) -> usize {
                self.items.len()
            }
        }
    }

    pub fn stack_of_squares(n: u32) -> stack::Stack<u32> {
        let mut s = stack::Stack::new();
        for i in 1..=n {
            s.push(i * i);
        }
        s
    }
}

mod report {
    use crate::collections::stack::Stack;

    // an impl in another module than its type
    impl Stack<u32> {
        pub fn drain_sum(&mut self) -> u32 {
            let mut t = 0;
            while let Some(v) = self.pop() {
                t += v;
            }
            t
        }
    }

    pub fn summary(s: &Stack<u32>) -> String {
        format!("{} items", s.len())
    }
}

use collections::stack::Stack;

fn main() {
    let mut s = collections::stack_of_squares(4);
    println!("{}", report::summary(&s));
    println!("{:?}", s);
    println!("{}", s.drain_sum());
    let mut words: Stack<&str> = Stack::new();
    words.push("a");
    words.push("b");
    println!("{:?} {}", words.pop(), words.len());
}
