enum Void {}

fn f(r: Result<u8, Void>) {
    match r {
        Ok(_) => {}
    }
    match r {
        Ok(_) => {}
        Err(_) => {}
    }
}
