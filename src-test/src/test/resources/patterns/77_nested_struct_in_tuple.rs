struct Q {
    on: bool,
    level: u8,
}

fn f(q: Q, b: bool) {
    match (q, b) {
        (Q { on: true, .. }, _) => {}
        (Q { on: false, level: 0 }, true) => {}
    }
}
