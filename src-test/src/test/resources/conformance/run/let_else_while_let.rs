// if let, while let, let else, and nested enums.
#[derive(Debug, Clone, Copy)]
enum Token {
    Num(i64),
    Plus,
    Minus,
    End,
}

fn token_at(src: &[u8], pos: usize) -> (Token, usize) {
    let mut p = pos;
    while p < src.len() && src[p] == b' ' {
        p += 1;
    }
    if p >= src.len() {
        return (Token::End, p);
    }
    let c = src[p];
    if c == b'+' {
        return (Token::Plus, p + 1);
    }
    if c == b'-' {
        return (Token::Minus, p + 1);
    }
    let mut value = 0i64;
    while p < src.len() && src[p] >= b'0' && src[p] <= b'9' {
        value = value * 10 + (src[p] - b'0') as i64;
        p += 1;
    }
    (Token::Num(value), p)
}

fn eval(src: &[u8]) -> i64 {
    let mut pos = 0;
    let (first, next) = token_at(src, pos);
    pos = next;
    let Token::Num(mut acc) = first else {
        return -1;
    };
    loop {
        let (op, next) = token_at(src, pos);
        pos = next;
        let sign = match op {
            Token::Plus => 1,
            Token::Minus => -1,
            Token::End => break,
            Token::Num(_) => return -2,
        };
        let (rhs, next) = token_at(src, pos);
        pos = next;
        if let Token::Num(v) = rhs {
            acc += sign * v;
        } else {
            return -3;
        }
    }
    acc
}

fn main() {
    println!("{}", eval(b"1 + 2 + 30 - 4"));
    println!("{}", eval(b"+"));
    println!("{}", eval(b"5 5"));
    let mut stack = [Token::Num(1), Token::Plus, Token::Num(2), Token::End];
    let mut i = 0;
    while let Token::Num(n) | Token::Num(n) = stack[i] {
        println!("num {}", n);
        i += 2;
        if i >= stack.len() {
            break;
        }
    }
    stack[3] = Token::Minus;
    println!("{:?}", stack);
    let opt_like = (true, 5);
    if let (true, n @ 1..=9) = opt_like {
        println!("small {}", n);
    }
}
