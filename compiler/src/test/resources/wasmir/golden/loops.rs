fn sum(n: u32) -> u32 {
    let mut s = 0;
    'outer: for i in 0..=n {
        if i % 3 == 0 {
            continue 'outer;
        }
        s += i;
    }
    s
}

fn main() {
    let r = loop {
        break sum(10);
    };
    std::process::exit(r as i32);
}
