struct S {
    a: bool,
    b: bool,
}

fn f(s: S) {
    match s {
        S { a: true, .. } => {}
        S { b: _, a: _ } => {}
        S { a: true | false, b: true } => {}
    }
}
