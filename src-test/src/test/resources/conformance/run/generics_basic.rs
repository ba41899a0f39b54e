#[derive(Debug, Clone, Copy, PartialEq)]
struct Pair<T> {
    a: T,
    b: T,
}

impl<T: Copy + PartialOrd> Pair<T> {
    fn new(a: T, b: T) -> Self {
        Pair { a, b }
    }
    fn larger(&self) -> T {
        if self.a > self.b { self.a } else { self.b }
    }
    fn swap(self) -> Pair<T> {
        Pair { a: self.b, b: self.a }
    }
}

#[derive(Debug)]
enum MyOption<T> {
    Nothing,
    Just(T),
}

fn first<T: Copy>(items: &[T]) -> MyOption<T> {
    if items.len() == 0 {
        MyOption::Nothing
    } else {
        MyOption::Just(items[0])
    }
}

fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for i in 0..list.len() {
        if list[i] > largest {
            largest = list[i];
        }
    }
    largest
}

fn main() {
    let p = Pair::new(3, 9);
    println!("{:?} {}", p, p.larger());
    let q = Pair::new('x', 'c');
    println!("{:?} {:?}", q.swap(), q.larger());
    println!("{:?} {:?}", first(&[10u8, 20]), first::<i64>(&[]));
    println!("{} {}", largest(&[34, 50, 25, 100, 65]), largest(&["b", "zz", "a"]));
}
