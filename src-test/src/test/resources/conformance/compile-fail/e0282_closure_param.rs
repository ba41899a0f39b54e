// A closure whose parameter's type nothing settles: it is stored but never called.
fn main() {
    let numbers = vec![1, 2, 3];
    let total: i32 = numbers.iter().sum();
    let describe = |n| n;
    println!("{}", total);
}
