fn f(r: &&bool) {
    match r {
        true => {}
    }
}
