enum E {
    A(bool, bool),
    B,
}

fn f(e: E) {
    match e {
        E::A(true, _) => {}
        E::B => {}
    }
}
