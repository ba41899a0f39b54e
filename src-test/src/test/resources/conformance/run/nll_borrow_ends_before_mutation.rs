// The Rust Book, chapter 4: a borrow ends at its last use, so a later mutable borrow is fine.
fn main() {
    let mut s = String::from("hello");
    let r1 = &s;
    let r2 = &s;
    println!("{} and {}", r1, r2);
    let r3 = &mut s;
    r3.push_str(", world");
    println!("{}", r3);

    let mut v = vec![1, 2, 3, 4, 5];
    let first = &v[0];
    println!("The first element is: {first}");
    v.push(6);
    let last = v.last().copied();
    v.push(7);
    println!("{:?} {:?}", last, v);

    let mut x = 5;
    let r = &x;
    let doubled = *r * 2;
    x = doubled;
    println!("{}", x);

    let word = {
        let text = &s;
        text.len()
    };
    s.clear();
    println!("{} [{}]", word, s);
}
