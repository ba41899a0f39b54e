// Closures written inside generic functions are compiled once per instance of the function:
// each caller's closure is called, never the first one's.

fn count_where<F: Fn(&u32) -> bool>(items: &[u32], pred: F) -> usize {
    items.iter().filter(|i| pred(i)).count()
}

fn apply_all<F: Fn(i32) -> i32>(v: &[i32], f: F) -> Vec<i32> {
    v.iter().map(|x| f(*x)).collect()
}

mod shapes {
    #[derive(Debug)]
    pub struct Item(pub u32);
}

mod tools {
    #[derive(Debug)]
    pub struct Item(pub &'static str);
}

fn main() {
    let items = vec![10, 1, 3];
    let t = 5;
    println!("{}", count_where(&items, |i| *i > t));
    println!("{}", count_where(&items, |i| *i >= 3));
    let v = [1, 2, 3];
    println!("{:?}", apply_all(&v, |x| x + 1));
    println!("{:?}", apply_all(&v, |x| x * 10));
    let offset = 100;
    println!("{:?}", apply_all(&v, move |x| x + offset));
    // two structs with the same name in different modules are different types
    println!("{:?} {:?}", shapes::Item(4), tools::Item("saw"));
}
