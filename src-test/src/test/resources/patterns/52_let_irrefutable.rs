struct P {
    a: bool,
    b: u8,
}

fn f(p: P, t: (bool, u8)) {
    let P { a, .. } = p;
    let (x, _) = t;
}
