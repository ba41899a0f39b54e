fn f(x: Option<bool>) -> u8 {
    match x {
        Some(true) => {
            1
        }
    }
}
