// concat of strings, vectors and slices; join of strings.
fn main() {
    let nested = vec![vec![1, 2], vec![], vec![3]];
    let flat: Vec<i32> = nested.concat();
    println!("{:?}", flat);
    let words = ["ab", "cd"];
    println!("{}", words.concat());
    let owned = vec![String::from("x"), String::from("y")];
    println!("{} {}", owned.concat(), owned.join("-"));
    let a = [1, 2];
    let b = [3];
    let parts: Vec<&[i32]> = vec![&a[..], &b[..]];
    println!("{:?}", parts.concat());
    let grid = [vec!['a', 'b'], vec!['c']];
    println!("{:?}", grid.concat().iter().collect::<String>());
}
