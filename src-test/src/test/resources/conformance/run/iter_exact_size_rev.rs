// Walking iterators from the back with their indices: enumerate().rev() needs the exact length.
fn main() {
    let days = ["mon", "tue", "wed", "thu", "fri", "sat"];
    for (i, d) in days.iter().enumerate().rev().take(2) {
        println!("{}: {}", i, d);
    }
    let mut v = vec![1, 2, 3, 4];
    for x in v.iter_mut().rev() {
        *x *= 2;
    }
    println!("{:?}", v);
    println!("{} {} {}", v.iter().len(), v.iter().map(|x| x + 1).len(), v.iter().rev().rev().len());
    let pairs: Vec<(usize, i32)> = v.clone().into_iter().enumerate().rev().collect();
    println!("{:?}", pairs);
    let mut it = v.iter().enumerate();
    it.next();
    println!("{:?} {:?} {}", it.next_back(), it.next(), it.len());
    let last_two: Vec<String> = days.iter().rev().take(2).rev().map(|d| d.to_uppercase()).collect();
    println!("{:?}", last_two);
    let mut words = vec!["a".to_string(), "b".to_string()];
    if let Some(w) = words.iter_mut().next_back() {
        w.push('!');
    }
    println!("{:?} {}", words, words.iter().cloned().len());
    // take and skip from the back
    let w = vec![1, 2, 3, 4, 5, 6];
    let a: Vec<&i32> = w.iter().skip(2).rev().collect();
    let b: Vec<&i32> = w.iter().take(4).rev().collect();
    let c: Vec<i32> = w.iter().skip(1).take(3).rev().cloned().collect();
    println!("{:?} {:?} {:?} {} {}", a, b, c, w.iter().skip(10).len(), w.iter().take(10).len());
    let mut t = w.iter().take(3);
    println!("{:?} {:?} {:?} {:?}", t.next_back(), t.next(), t.next(), t.next_back());
}
