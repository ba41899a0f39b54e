enum Void {}

fn f(r: &Result<u8, Void>) {
    match r {
        Ok(_) => {}
    }
}
