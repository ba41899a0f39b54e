// RPN calculator over a token array: enums with data, Vec as stack, Result with error enum
#[derive(Debug, Clone, Copy)]
enum Token {
    Num(i64),
    Add,
    Sub,
    Mul,
    Div,
    Dup,
    Swap,
}

#[derive(Debug)]
enum CalcError {
    StackUnderflow(usize),
    DivByZero,
    Leftover(usize),
    Empty,
}

fn pop2(stack: &mut Vec<i64>, pos: usize) -> Result<(i64, i64), CalcError> {
    let b = stack.pop().ok_or(CalcError::StackUnderflow(pos))?;
    let a = stack.pop().ok_or(CalcError::StackUnderflow(pos))?;
    Ok((a, b))
}

fn eval(tokens: &[Token]) -> Result<i64, CalcError> {
    let mut stack: Vec<i64> = Vec::new();
    for pos in 0..tokens.len() {
        let tok = &tokens[pos];
        match *tok {
            Token::Num(n) => stack.push(n),
            Token::Add | Token::Sub | Token::Mul | Token::Div => {
                let (a, b) = pop2(&mut stack, pos)?;
                let r = match tok {
                    Token::Add => a + b,
                    Token::Sub => a - b,
                    Token::Mul => a * b,
                    Token::Div => {
                        if b == 0 {
                            return Err(CalcError::DivByZero);
                        }
                        a / b
                    }
                    _ => unreachable!(),
                };
                stack.push(r);
            }
            Token::Dup => {
                let top = *stack.last().ok_or(CalcError::StackUnderflow(pos))?;
                stack.push(top);
            }
            Token::Swap => {
                let (a, b) = pop2(&mut stack, pos)?;
                stack.push(b);
                stack.push(a);
            }
        }
    }
    match stack.len() {
        0 => Err(CalcError::Empty),
        1 => Ok(stack[0]),
        n => Err(CalcError::Leftover(n)),
    }
}

fn show(name: &str, tokens: &[Token]) {
    match eval(tokens) {
        Ok(v) => println!("{:<10} = {}", name, v),
        Err(CalcError::StackUnderflow(p)) => println!("{:<10} : underflow at token {}", name, p),
        Err(e) => println!("{:<10} : error {:?}", name, e),
    }
}

fn main() {
    show("simple", &[Token::Num(3), Token::Num(4), Token::Add, Token::Num(5), Token::Mul]);
    show("square", &[Token::Num(12), Token::Dup, Token::Mul]);
    show("swapsub", &[Token::Num(2), Token::Num(10), Token::Swap, Token::Sub]);
    show("divzero", &[Token::Num(1), Token::Num(0), Token::Div]);
    show("under", &[Token::Num(1), Token::Add]);
    show("leftover", &[Token::Num(1), Token::Num(2), Token::Num(3), Token::Add]);
    show("empty", &[]);
    show("negdiv", &[Token::Num(-7), Token::Num(2), Token::Div]);
    let prog = vec![Token::Num(100), Token::Num(7), Token::Sub, Token::Num(3), Token::Div, Token::Dup, Token::Mul];
    println!("{:?}", prog);
    println!("{:?}", eval(&prog));
}
