enum E {
    A,
    B(u8),
    C,
}

fn f(e: E) {
    match e {
        E::A => {}
        E::B(n) if n > 3 => {}
        E::C => {}
    }
}
