// Ranges shown with {:?}, char ranges as iterators, char::from_u32.
fn main() {
    let r = 1..4;
    let mut i = 'a'..='c';
    println!("{:?} {:?} {:?} {:?} {:?}", r, i, 5.., ..2, ..);
    i.next(); i.next(); i.next();
    println!("{:?} {:?}", i, (0.5..1.5));
    let ranges = vec![0..2, 5..9];
    println!("{:?} {:#?}", ranges, 1..2);
    let total: usize = ranges.iter().map(|r| r.end - r.start).sum();
    println!("{}", total);
    char_ranges();
}

fn char_ranges() {
    let letters: String = ('a'..='e').collect();
    println!("{} {:?}", letters, ('x'..'z').rev().collect::<Vec<char>>());
    for c in 'A'..='C' { print!("{}", c); }
    println!();
    println!("{:?} {:?} {:?}", char::from_u32(0x41), char::from_u32(0xD800), char::from_u32(0x1F600));
    let alphabet: Vec<char> = ('a'..='z').step_by(5).collect();
    println!("{:?} {}", alphabet, ('a'..='z').count());
}
