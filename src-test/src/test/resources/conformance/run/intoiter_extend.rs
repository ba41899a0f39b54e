// `extend` takes anything IntoIterator: arrays, vectors, references to them, iterator chains.
fn main() {
    let mut scores = vec![10, 20];
    scores.extend([60, 88]);
    println!("{:?}", scores);
    scores.extend(vec![1, 2]);
    let other = vec![7, 8, 9];
    scores.extend(&other);
    scores.extend(other.iter().cloned());
    scores.extend(other.iter().map(|x| x * 100).filter(|x| *x > 750));
    scores.extend(&[5, 6]);
    scores.extend(1..=3);
    println!("{:?} len {}", scores, scores.len());

    let mut names: Vec<String> = Vec::new();
    names.extend(["ada".to_string(), "bob".to_string()]);
    names.extend(vec![String::from("cy")]);
    println!("{:?}", names);

    let mut s = String::from("ab");
    s.extend(['c', 'd']);
    s.extend("ef".chars());
    s.extend(vec!["gh", "ij"]);
    s.extend(vec![String::from("kl")]);
    s.extend(&['m', 'n']);
    println!("{}", s);

    let mut empty: Vec<i32> = Vec::new();
    empty.extend(Vec::<i32>::new());
    empty.extend([0; 0]);
    println!("{:?} {}", empty, empty.is_empty());
}
