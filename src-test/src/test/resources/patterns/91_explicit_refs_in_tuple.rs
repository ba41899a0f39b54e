fn f(a: &bool, b: &Option<u8>) {
    match (a, b) {
        (&true, &Some(_)) => {}
        (&false, &None) => {}
    }
}
