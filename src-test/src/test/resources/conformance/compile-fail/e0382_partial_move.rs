// Moving a field out of a struct leaves it partially moved.

#[derive(Debug)]
struct Book {
    title: String,
    pages: u32,
}

fn main() {
    let b = Book { title: String::from("Rust"), pages: 550 };
    let t = b.title;
    println!("{} has {} pages", t, b.pages);
    println!("{:?}", b);
}
