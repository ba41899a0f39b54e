enum Void {}

fn f(t: (Option<Void>, bool)) {
    match t {
        (None, true) => {}
    }
}

fn g(t: (Void, bool)) {
    match t {}
}
