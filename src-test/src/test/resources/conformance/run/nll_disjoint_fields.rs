// Borrows of different fields do not conflict; methods returning references borrow `self`.
struct Player {
    name: String,
    score: u32,
    history: Vec<u32>,
}

impl Player {
    fn name(&self) -> &str {
        &self.name
    }

    fn best(&self) -> Option<&u32> {
        self.history.iter().max()
    }

    fn record(&mut self, points: u32) {
        self.history.push(points);
        self.score += points;
    }
}

fn main() {
    let mut p = Player { name: String::from("ada"), score: 0, history: Vec::new() };
    let score = &mut p.score;
    let history = &mut p.history;
    *score += 5;
    history.push(5);
    println!("{} {:?}", p.score, p.history);

    let n = p.name().len();
    p.record(7);
    p.record(3);
    let best = p.best().copied();
    p.record(1);
    println!("{} {} {:?} {}", p.name(), n, best, p.score);

    let name = &p.name;
    p.history.clear();
    p.score = 0;
    println!("{} {} {:?}", name, p.score, p.history);
}
