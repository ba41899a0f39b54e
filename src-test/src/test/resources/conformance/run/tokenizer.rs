// A tokenizer and evaluator for arithmetic with precedence, over bytes.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Tok {
    Num(i64),
    Op(u8),
    LParen,
    RParen,
}

#[derive(Debug)]
enum LexError {
    Unexpected { byte: u8, at: usize },
}

fn lex(src: &str) -> Result<Vec<Tok>, LexError> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b' ' {
            i += 1;
        } else if c >= b'0' && c <= b'9' {
            let mut v = 0i64;
            while i < b.len() && b[i] >= b'0' && b[i] <= b'9' {
                v = v * 10 + (b[i] - b'0') as i64;
                i += 1;
            }
            out.push(Tok::Num(v));
        } else if c == b'+' || c == b'-' || c == b'*' || c == b'/' {
            out.push(Tok::Op(c));
            i += 1;
        } else if c == b'(' {
            out.push(Tok::LParen);
            i += 1;
        } else if c == b')' {
            out.push(Tok::RParen);
            i += 1;
        } else {
            return Err(LexError::Unexpected { byte: c, at: i });
        }
    }
    Ok(out)
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

impl Parser {
    fn peek(&self) -> Option<Tok> {
        if self.pos < self.toks.len() {
            Some(self.toks[self.pos])
        } else {
            None
        }
    }

    fn expr(&mut self) -> i64 {
        let mut v = self.term();
        while let Some(Tok::Op(op)) = self.peek() {
            if op != b'+' && op != b'-' {
                break;
            }
            self.pos += 1;
            let r = self.term();
            v = if op == b'+' { v + r } else { v - r };
        }
        v
    }

    fn term(&mut self) -> i64 {
        let mut v = self.atom();
        loop {
            match self.peek() {
                Some(Tok::Op(b'*')) => {
                    self.pos += 1;
                    v *= self.atom();
                }
                Some(Tok::Op(b'/')) => {
                    self.pos += 1;
                    v /= self.atom();
                }
                _ => break,
            }
        }
        v
    }

    fn atom(&mut self) -> i64 {
        let t = self.peek();
        self.pos += 1;
        match t {
            Some(Tok::Num(n)) => n,
            Some(Tok::LParen) => {
                let v = self.expr();
                self.pos += 1;
                v
            }
            Some(Tok::Op(b'-')) => -self.atom(),
            other => panic!("unexpected token {:?}", other),
        }
    }
}

fn eval(src: &str) -> Result<i64, LexError> {
    let toks = lex(src)?;
    let mut p = Parser { toks, pos: 0 };
    Ok(p.expr())
}

fn main() {
    println!("{:?}", lex("1 + 2*3"));
    for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 3 - -4", "2 * (3 + 4) * 5", "7 $ 2"] {
        match eval(src) {
            Ok(v) => println!("{} = {}", src, v),
            Err(e) => println!("{} -> error {:?}", src, e),
        }
    }
    println!("{}", eval("8 / (3 - 3)").unwrap());
}
