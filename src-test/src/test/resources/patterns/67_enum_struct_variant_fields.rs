enum Msg {
    Quit,
    Move { x: i32, y: i32 },
    Write(bool),
}

fn f(m: Msg) {
    match m {
        Msg::Move { x: 0, y } => {}
        Msg::Write(true) => {}
        Msg::Quit => {}
    }
}
