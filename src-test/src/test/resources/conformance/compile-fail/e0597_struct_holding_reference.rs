#[derive(Debug)]
struct Book<'a> { title: &'a str }
fn main() {
    let b;
    {
        let t = String::from("Dune");
        b = Book { title: &t };
    }
    println!("{:?}", b);
}
