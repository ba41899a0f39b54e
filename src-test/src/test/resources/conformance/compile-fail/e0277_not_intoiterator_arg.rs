// A generic function over IntoIterator called with a number: rustc reports the blanket impl's `Iterator` bound.
fn total<I: IntoIterator<Item = i32>>(xs: I) -> i32 {
    let mut s = 0;
    for x in xs {
        s += x;
    }
    s
}

fn main() {
    println!("{}", total(5));
}
