enum Void {}

fn f(v: Void) {
    match v {}
}

fn g(v: Void) {
    match v {
        _ => {}
    }
}
