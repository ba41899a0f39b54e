struct P {
    a: bool,
    b: u8,
}

fn f(p: P) {
    let P { a: true, .. } = p;
}
