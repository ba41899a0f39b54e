mod counter {
    pub struct Counter {
        n: u32,
    }

    impl Counter {
        pub fn new() -> Counter {
            Counter { n: 0 }
        }

        fn bump(&mut self) {
            self.n += 1;
        }

        pub fn get(&self) -> u32 {
            self.n
        }
    }
}

fn main() {
    let mut c = counter::Counter::new();
    c.bump();
    println!("{}", c.get());
}
