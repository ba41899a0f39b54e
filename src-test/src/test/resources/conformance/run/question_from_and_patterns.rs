// `?` converts errors with From (a user impl, and &str into String); string literal patterns on &str;
// `_` in turbofish type arguments.

use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Empty,
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> AppError {
        AppError::Parse(e)
    }
}

fn parse_first(s: &str) -> Result<i32, AppError> {
    let first = s.split(',').next().ok_or(AppError::Empty)?;
    let n: i32 = first.trim().parse()?;
    Ok(n * 2)
}

fn pop(v: &mut Vec<i32>) -> Result<i32, String> {
    let x = v.pop().ok_or("empty")?;
    Ok(x)
}

fn command(line: &str) -> i32 {
    match line.trim() {
        "push" => 1,
        "pop" => 2,
        _ => 0,
    }
}

fn main() {
    println!("{} {} {}", command(" push "), command("pop"), command("peek"));
    let joined = [3, 1, 2].iter().map(|x| x.to_string()).collect::<Vec<_>>().join("-");
    println!("{}", joined);
    println!("{:?}", parse_first("21, 3"));
    println!("{:?}", parse_first("x1"));
    println!("{:?} {:?}", pop(&mut vec![4]), pop(&mut vec![]));
}
