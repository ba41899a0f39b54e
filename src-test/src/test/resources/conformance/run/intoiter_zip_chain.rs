// `zip` and `chain` take anything IntoIterator.
fn main() {
    let a = [1, 2, 3];
    let z: Vec<(&i32, i32)> = a.iter().zip(vec![10, 20, 30]).collect();
    println!("{:?}", z);
    let names = vec!["ann", "bo"];
    for (i, n) in (1..10).zip(&names) {
        println!("{} {}", i, n);
    }
    let both: Vec<i32> = vec![1, 2].into_iter().chain(vec![3, 4]).chain([5]).collect();
    println!("{:?}", both);
    let more = vec![7, 8];
    let refs: Vec<&i32> = a.iter().chain(&more).collect();
    println!("{:?}", refs);
    let x = (0..2).chain(5..7);
    println!("{:?}", x.collect::<Vec<_>>());
    let pairs: Vec<(char, &str)> = "xy".chars().zip(["p", "q", "r"]).collect();
    println!("{:?}", pairs);
    let sum: i32 = a.iter().zip(a.iter().rev()).map(|(p, q)| p * q).sum();
    println!("{}", sum);
    let s: String = String::from_iter(['h', 'i']);
    let t = String::from_iter(vec!["ab", "cd"]);
    println!("{} {}", s, t);
}
