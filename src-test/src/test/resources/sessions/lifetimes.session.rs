// Lifetimes of the Rust Book, chapter 10: functions and structs with lifetime parameters.
// -- cell
fn longest<'a>(x: &'a str, y: &'a str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}
longest("abcd", "xyz")
// -- cell
let string1 = String::from("long string is long");
{
    let string2 = String::from("xyz");
    let result = longest(string1.as_str(), string2.as_str());
    println!("The longest string is {result}");
}
// -- cell: expect-error E0597
let result;
{
    let string2 = String::from("xyz");
    result = longest(string1.as_str(), string2.as_str());
}
println!("The longest string is {result}");
// -- cell
#[derive(Debug)]
struct ImportantExcerpt<'a> {
    part: &'a str,
}
impl<'a> ImportantExcerpt<'a> {
    fn level(&self) -> i32 {
        3
    }
}
// -- cell
let novel = String::from("Call me Ishmael. Some years ago...");
let excerpt = {
    let first_sentence = novel.split('.').next().expect("Could not find a '.'");
    let i = ImportantExcerpt { part: first_sentence };
    format!("{:?} at level {}", i, i.level())
};
excerpt
// -- cell
let s: &'static str = "I have a static lifetime.";
longest(s, &string1)
