fn f(s: &[u8], a: [u8; 2]) {
    let [x, ..] = s;
    let [0, y] = a;
}
