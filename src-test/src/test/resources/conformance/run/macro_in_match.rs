// Macros in patterns, match arms and conditions, and a macro generating a whole match.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Token {
    Num(i64),
    Plus,
    Minus,
    Star,
}

macro_rules! op_pat {
    () => {
        Token::Plus | Token::Minus | Token::Star
    };
}

macro_rules! classify {
    ($v:expr, $($p:pat => $r:expr),+ $(,)?) => {
        match $v {
            $($p => $r,)+
        }
    };
}

macro_rules! is_small {
    ($x:expr) => {
        $x < 10 && $x > -10
    };
}

fn describe(t: Token) -> String {
    match t {
        Token::Num(n) if is_small!(n) => format!("small number {}", n),
        Token::Num(n) => format!("number {}", n),
        op_pat!() => format!("operator {:?}", t),
    }
}

fn main() {
    let tokens = [Token::Num(3), Token::Plus, Token::Num(42), Token::Star, Token::Num(-7), Token::Minus];
    for t in tokens {
        println!("{}", describe(t));
    }
    for n in [0, 5, 15, 100] {
        let size = classify!(n,
            0 => "zero",
            1..=9 => "digit",
            10..=99 => "two digits",
            _ => "big",
        );
        println!("{} is {}", n, size);
    }
    let ops = tokens.iter().filter(|t| matches!(t, op_pat!())).count();
    println!("{} operators", ops);
}
