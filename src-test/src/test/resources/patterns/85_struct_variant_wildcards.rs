enum E {
    S { a: u8, b: bool },
    T,
}

fn f(e: E) {
    match e {
        E::T => {}
    }
}
