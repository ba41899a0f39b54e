// Iterator::copied and cloned (impl parameters determined by an associated-type binding), with rev, max, sum.

fn main() {
    let v = vec![3, 1, 4, 1, 5];
    let m = v.iter().copied().max();
    let doubled: Vec<i32> = v.iter().copied().map(|x| x * 2).collect();
    let names = vec![String::from("b"), String::from("a")];
    let mut owned: Vec<String> = names.iter().cloned().collect();
    owned.sort();
    let last_two: Vec<i32> = v.iter().copied().rev().take(2).collect();
    let total: i32 = v.iter().copied().sum();
    println!("{:?} {:?} {:?} {:?} {}", m, doubled, owned, last_two, total);
}
