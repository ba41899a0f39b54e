fn main() {
    let mut a = 5;
    let b = &mut a;
    a += 1;
    *b += 1;
}
