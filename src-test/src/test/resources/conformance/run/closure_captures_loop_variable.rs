fn main() {
    for y in 0..3 {
        let row: Vec<i32> = (0..3).map(|x| x * 10 + y).collect();
        println!("{:?}", row);
    }
    for y in 0..3 {
        let row: String = (0..3).map(|x| if (x + y) % 2 == 0 { '#' } else { '.' }).collect();
        println!("{}", row);
    }
}
