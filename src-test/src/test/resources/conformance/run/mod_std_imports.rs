use std::fmt;

mod money {
    use std::fmt;
    use std::fmt::Display;

    #[derive(Clone, Copy, PartialEq, Debug)]
    pub struct Cents(pub i64);

    impl Display for Cents {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "${}.{:02}", self.0 / 100, self.0 % 100)
        }
    }

    pub fn sum(items: &[Cents]) -> Cents {
        let mut t = 0;
        for c in items {
            t += c.0;
        }
        Cents(t)
    }
}

struct Receipt {
    lines: Vec<(String, money::Cents)>,
}

impl fmt::Display for Receipt {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for (name, price) in &self.lines {
            writeln!(f, "{:<8}{}", name, price)?;
        }
        Ok(())
    }
}

fn main() {
    let r = Receipt {
        lines: vec![(String::from("tea"), money::Cents(250)), (String::from("cake"), money::Cents(1205))],
    };
    print!("{}", r);
    let mut prices: Vec<money::Cents> = Vec::new();
    for l in &r.lines {
        prices.push(l.1);
    }
    println!("{}", money::sum(&prices));
}
