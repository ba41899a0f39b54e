fn main() {
    let mut best = 0;
    let mut scores = [3, 9, 4];
    let top = &scores[1];
    for i in 0..3 {
        if scores[i] > best {
            best = scores[i];
        }
    }
    scores[1] = 0;
    println!("{} {}", best, top);
}
