// A match arm binding an Option's String by value moves it out of the Option.

fn main() {
    let maybe = Some(String::from("inside"));
    match maybe {
        Some(text) => println!("got {}", text),
        None => println!("nothing"),
    }
    if maybe.is_some() {
        println!("still there");
    }
}
