// Vec::drain over every kind of range, open ranges as iterators, drain of a range.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6];
    let d: Vec<i32> = v.drain(1..3).collect();
    println!("{:?} {:?}", d, v);
    let e: Vec<i32> = v.drain(..2).collect();
    println!("{:?} {:?}", e, v);
    let mut s = vec![String::from("a"), String::from("b"), String::from("c")];
    let first: Vec<String> = s.drain(2..).collect();
    println!("{:?} {:?}", first, s);
    for x in s.drain(..) { println!("took {}", x); }
    println!("{:?} {}", s, s.is_empty());
    let mut w = vec![9, 8, 7];
    w.drain(0..=1);
    println!("{:?}", w);
    let r = 3..;
    println!("{:?}", r.take(3).collect::<Vec<i32>>());
    println!("{:?}", (1..).step_by(5).take(3).collect::<Vec<u64>>());
}
