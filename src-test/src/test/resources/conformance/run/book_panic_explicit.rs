// Panic: explicit panic! with formatted arguments from a state machine that reaches an invalid transition
#[derive(Debug, Clone, Copy, PartialEq)]
enum State {
    Idle,
    Running { speed: u8 },
    Stopped,
}

#[derive(Debug, Clone, Copy)]
enum Cmd {
    Start(u8),
    Faster,
    Stop,
    Reset,
}

fn step(s: State, c: Cmd) -> State {
    match (s, c) {
        (State::Idle, Cmd::Start(v)) => State::Running { speed: v },
        (State::Running { speed }, Cmd::Faster) => State::Running { speed: speed.saturating_add(50) },
        (State::Running { .. }, Cmd::Stop) => State::Stopped,
        (State::Stopped, Cmd::Reset) => State::Idle,
        (s, c) => panic!("invalid transition from {:?} on {:?}", s, c),
    }
}

fn main() {
    let cmds = [Cmd::Start(100), Cmd::Faster, Cmd::Faster, Cmd::Faster, Cmd::Stop, Cmd::Reset, Cmd::Faster];
    let mut s = State::Idle;
    for c in cmds {
        s = step(s, c);
        println!("{:?} -> {:?}", c, s);
    }
}
