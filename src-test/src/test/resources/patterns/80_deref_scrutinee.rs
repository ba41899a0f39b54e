enum Void {}

fn f(r: &Void, o: &Option<bool>) {
    match *r {}
    match *o {
        Some(true) => {}
        None => {}
    }
}
