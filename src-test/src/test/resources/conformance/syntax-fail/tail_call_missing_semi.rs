fn main() {
    let nums = [1, 2, 3];
    for n in nums.iter() {
        println!("{}", n)
    }
    let total: i32 = nums.iter().sum()
}
