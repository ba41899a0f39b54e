enum Void {}

fn f(ro: &Option<Void>) {
    match ro {
        None => {}
    }
}
