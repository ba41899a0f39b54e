struct P {
    a: bool,
    b: bool,
    c: u8,
}

fn f(p: P) {
    match p {
        P { a: true, .. } => {}
    }
}
