struct U;

fn f(u: U, t: ()) {
    match u {
        U => {}
    }
    match t {
        () => {}
    }
}
