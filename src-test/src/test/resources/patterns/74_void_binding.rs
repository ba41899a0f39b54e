enum Void {}

fn f(v: Void) {
    match v {
        _a => {}
    }
}
