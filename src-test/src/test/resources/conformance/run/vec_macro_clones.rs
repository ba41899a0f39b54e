// `vec![elem; n]` clones its element: the copies are independent.

fn main() {
    let mut grid = vec![vec![0; 3]; 3];
    grid[0][0] = 7;
    grid[2][1] = 9;
    println!("{:?}", grid);
    let mut names = vec![String::from("abcdefgh"); 2];
    names[0].pop();
    names[0].push('Z');
    println!("{:?}", names);
    let mut counts = vec![Vec::new(); 2];
    counts[1].push(5u8);
    println!("{:?} {}", counts, counts[0].len());
    let empty: Vec<String> = vec![String::from("x"); 0];
    println!("{:?}", empty);
}
