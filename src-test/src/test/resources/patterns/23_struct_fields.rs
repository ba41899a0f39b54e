struct P {
    a: bool,
    b: bool,
}

fn f(p: P) {
    match p {
        P { a: true, b: true } => {}
        P { a: false, b } => {}
    }
}
