enum Void {}

fn f(r: &Void) {
    match r {}
}
