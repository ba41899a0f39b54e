// flatten and flat_map over vectors, ranges, strings and options (Option is IntoIterator).
fn main() {
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.iter().flatten().copied().collect();
    println!("{:?}", flat);
    let owned: Vec<i32> = nested.clone().into_iter().flatten().collect();
    println!("{:?}", owned);
    let words = vec!["ab", "cde"];
    let chars: String = words.iter().flat_map(|w| w.chars()).collect();
    println!("{}", chars);
    let pairs: Vec<(i32, i32)> = (1..=3).flat_map(|i| (0..i).map(move |j| (i, j))).collect();
    println!("{:?}", pairs);
    let opts = vec![Some(1), None, Some(3)];
    let somes: Vec<i32> = opts.into_iter().flatten().collect();
    println!("{:?}", somes);
    let lines = "a b\nc\n\nd e f";
    println!("{:?}", lines.lines().flat_map(|l| l.split_whitespace()).collect::<Vec<_>>());
    println!("{}", nested.iter().flat_map(|v| v.iter()).sum::<i32>());
}
