fn f(o: Option<u8>, t: (bool, u8)) {
    match o {
        Some(ref x) => {}
    }
    match t {
        (true, ref mut y) => {}
    }
}
