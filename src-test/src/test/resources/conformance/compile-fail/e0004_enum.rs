enum Direction {
    North,
    East,
    South,
    West,
}

fn turn(d: Direction) -> i32 {
    match d {
        Direction::North => 0,
        Direction::East => 90,
        Direction::South => 180,
    }
}

fn main() {
    println!("{}", turn(Direction::West));
}
