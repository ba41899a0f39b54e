// A traffic-light and vending state machine with enums, match on tuples and a transition log.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Light {
    Red,
    Green,
    Yellow,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Event {
    Timer,
    Emergency,
    Reset,
}

fn next(state: Light, ev: Event) -> Light {
    match (state, ev) {
        (_, Event::Emergency) => Light::Red,
        (_, Event::Reset) => Light::Red,
        (Light::Red, Event::Timer) => Light::Green,
        (Light::Green, Event::Timer) => Light::Yellow,
        (Light::Yellow, Event::Timer) => Light::Red,
    }
}

#[derive(Debug)]
enum Vending {
    Idle,
    Paid(u32),
    Vended { change: u32 },
}

fn step(v: Vending, coin: Option<u32>, price: u32) -> Vending {
    match (v, coin) {
        (Vending::Idle, Some(c)) | (Vending::Vended { .. }, Some(c)) => Vending::Paid(c),
        (Vending::Paid(total), Some(c)) if total + c >= price => Vending::Vended { change: total + c - price },
        (Vending::Paid(total), Some(c)) => Vending::Paid(total + c),
        (state, None) => state,
    }
}

fn main() {
    let mut s = Light::Red;
    let events = [Event::Timer, Event::Timer, Event::Emergency, Event::Timer, Event::Timer, Event::Timer, Event::Reset];
    let mut log = Vec::new();
    for ev in events {
        let n = next(s, ev);
        log.push((s, ev, n));
        s = n;
    }
    for (from, ev, to) in &log {
        println!("{:?} --{:?}--> {:?}", from, ev, to);
    }
    let greens = log.len();
    println!("{} transitions, final {:?}", greens, s);
    let mut v = Vending::Idle;
    for coin in [Some(25), None, Some(50), Some(10), Some(100)] {
        v = step(v, coin, 75);
        println!("{:?}", v);
    }
}
