// A tokenizer and a shunting-yard evaluator for arithmetic: enums with data, Result with ?, Option with ?.
#[derive(Debug, Clone, PartialEq)]
enum Token { Num(f64), Op(char), LParen, RParen }

fn tokenize(s: &str) -> Result<Vec<Token>, String> {
    let mut out = Vec::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_whitespace() { i += 1; continue; }
        if c.is_ascii_digit() || c == '.' {
            let start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '.') { i += 1; }
            let text: String = chars[start..i].iter().collect();
            out.push(Token::Num(text.parse::<f64>().map_err(|e| format!("{}: {:?}", text, e))?));
            continue;
        }
        match c {
            '+' | '-' | '*' | '/' => out.push(Token::Op(c)),
            '(' => out.push(Token::LParen),
            ')' => out.push(Token::RParen),
            other => return Err(format!("unexpected {:?} at {}", other, i)),
        }
        i += 1;
    }
    Ok(out)
}

fn prec(op: char) -> u8 { if op == '+' || op == '-' { 1 } else { 2 } }

fn eval(tokens: &[Token]) -> Option<f64> {
    let mut nums: Vec<f64> = vec![];
    let mut ops: Vec<Token> = vec![];
    fn apply(nums: &mut Vec<f64>, op: char) -> Option<()> {
        let b = nums.pop()?;
        let a = nums.pop()?;
        nums.push(match op { '+' => a + b, '-' => a - b, '*' => a * b, '/' => a / b, _ => unreachable!() });
        Some(())
    }
    for t in tokens {
        match t {
            Token::Num(n) => nums.push(*n),
            Token::LParen => ops.push(t.clone()),
            Token::RParen => {
                while let Some(Token::Op(o)) = ops.last().cloned() { ops.pop(); apply(&mut nums, o)?; }
                ops.pop();
            }
            Token::Op(o) => {
                while let Some(Token::Op(p)) = ops.last() {
                    if prec(*p) >= prec(*o) { let p = *p; ops.pop(); apply(&mut nums, p)?; } else { break; }
                }
                ops.push(t.clone());
            }
        }
    }
    while let Some(Token::Op(o)) = ops.pop() { apply(&mut nums, o)?; }
    nums.pop()
}

fn main() {
    for e in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1.5", "2 * (3 + 4) * 5", "1 + x", "1.2.3 + 1", "7 -"] {
        match tokenize(e) {
            Ok(t) => println!("{:<20} => {:?} ({} tokens)", e, eval(&t), t.len()),
            Err(msg) => println!("{:<20} error: {}", e, msg),
        }
    }
    println!("{:?}", tokenize("3*(4)"));
    println!("{:#?}", tokenize("1+").unwrap());
}
