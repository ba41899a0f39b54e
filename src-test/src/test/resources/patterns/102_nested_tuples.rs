fn f(t: ((bool, bool), bool)) {
    match t {
        ((true, _), _) => {}
        ((false, true), false) => {}
    }
}
