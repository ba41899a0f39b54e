// Enums with data and explicit discriminants; match with guards, bindings, ranges and or-patterns.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Color {
    Red = 1,
    Green = 2,
    Blue = 4,
}

#[derive(Debug)]
enum Message {
    Quit,
    Move { x: i32, y: i32 },
    Write(&'static str),
    ChangeColor(Color),
}

fn describe(m: &Message) -> &'static str {
    match m {
        Message::Quit => "quit",
        Message::Move { x: 0, y: 0 } => "stay",
        Message::Move { x, .. } if *x < 0 => "move left",
        Message::Move { .. } => "move",
        Message::Write(text) if text.len() > 5 => "long write",
        Message::Write(_) => "write",
        Message::ChangeColor(Color::Red | Color::Blue) => "warm or cold",
        Message::ChangeColor(c) => {
            if *c == Color::Green {
                "green"
            } else {
                "other"
            }
        }
    }
}

fn classify(n: i64) -> &'static str {
    match n {
        i64::MIN..=-1 => "negative",
        0 => "zero",
        1..=9 => "digit",
        10 | 20 | 30 => "round",
        x @ 11..=99 if x % 2 == 0 => "even two-digit",
        11..=99 => "odd two-digit",
        _ => "big",
    }
}

fn main() {
    let msgs = [
        Message::Quit,
        Message::Move { x: 0, y: 0 },
        Message::Move { x: -3, y: 1 },
        Message::Move { x: 2, y: 5 },
        Message::Write("hi"),
        Message::Write("hello there"),
        Message::ChangeColor(Color::Red),
        Message::ChangeColor(Color::Green),
    ];
    let mut i = 0;
    while i < msgs.len() {
        println!("{:?} -> {}", msgs[i], describe(&msgs[i]));
        i += 1;
    }
    let ns = [-5i64, 0, 7, 20, 42, 43, 1000];
    for k in 0..ns.len() {
        println!("{} is {}", ns[k], classify(ns[k]));
    }
    println!("{} {} {}", Color::Red as i32, Color::Green as u8, Color::Blue as i64);
    println!("{:#?}", msgs[2]);
}
