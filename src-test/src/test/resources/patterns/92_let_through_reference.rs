fn f(r: &Option<u8>) {
    let &Some(x) = r;
}
