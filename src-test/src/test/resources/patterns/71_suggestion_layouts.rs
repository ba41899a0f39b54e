fn f(x: Option<u8>) {
    match x {
        None => 1,
    };
    match x {
        None => { 1 }
    };
    match x { None => 1 };
    match x {
        Some(0) => 1, None => 2,
    };
}
