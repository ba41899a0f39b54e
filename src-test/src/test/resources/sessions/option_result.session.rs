// Functions returning Option and Result, the ? operator, and matching on them in later cells.
// -- cell
#[derive(Debug)]
enum ParseError {
    Empty,
    NotANumber(String),
}
fn parse_age(s: &str) -> Result<u32, ParseError> {
    if s.is_empty() {
        return Err(ParseError::Empty);
    }
    s.trim().parse::<u32>().map_err(|_| ParseError::NotANumber(s.to_string()))
}
// -- cell
parse_age("42")
// -- cell
parse_age("forty")
// -- cell
fn next_birthday(s: &str) -> Result<u32, ParseError> {
    let age = parse_age(s)?;
    Ok(age + 1)
}
(next_birthday(" 9 "), next_birthday(""))
// -- cell
match parse_age("x1") {
    Ok(a) => println!("age {}", a),
    Err(ParseError::NotANumber(s)) => println!("not a number: {:?}", s),
    Err(e) => println!("other error: {:?}", e),
}
// -- cell
let ages: Vec<u32> = ["3", "x", "5"].iter().filter_map(|s| parse_age(s).ok()).collect();
ages
// -- cell: expect-panic
parse_age("abc").unwrap()
// -- cell
parse_age("").unwrap_or(0) + parse_age("7").unwrap_or(0)
// -- cell
let maybe: Option<&u32> = ages.first();
maybe.map(|a| a * 10)
