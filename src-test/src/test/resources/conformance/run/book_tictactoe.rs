// Tic-tac-toe board checker: 2D arrays of enums, Copy/PartialEq enums, match on tuples, Option<Cell>
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cell {
    Empty,
    X,
    O,
}

#[derive(Debug, PartialEq)]
enum Outcome {
    Win(Cell),
    Draw,
    InProgress,
    Invalid(&'static str),
}

fn parse(rows: [&str; 3]) -> [[Cell; 3]; 3] {
    let mut b = [[Cell::Empty; 3]; 3];
    for r in 0..3 {
        let bytes = rows[r].as_bytes();
        for c in 0..3 {
            b[r][c] = match bytes[c] {
                b'X' => Cell::X,
                b'O' => Cell::O,
                _ => Cell::Empty,
            };
        }
    }
    b
}

fn line_winner(a: Cell, b: Cell, c: Cell) -> Option<Cell> {
    match (a, b, c) {
        (Cell::Empty, _, _) => None,
        (x, y, z) if x == y && y == z => Some(x),
        _ => None,
    }
}

fn judge(b: &[[Cell; 3]; 3]) -> Outcome {
    let mut xs = 0;
    let mut os = 0;
    for row in b.iter() {
        for cell in row.iter() {
            match cell {
                Cell::X => xs += 1,
                Cell::O => os += 1,
                Cell::Empty => {}
            }
        }
    }
    if os > xs || xs > os + 1 {
        return Outcome::Invalid("bad move counts");
    }
    let lines = [
        [(0, 0), (0, 1), (0, 2)], [(1, 0), (1, 1), (1, 2)], [(2, 0), (2, 1), (2, 2)],
        [(0, 0), (1, 0), (2, 0)], [(0, 1), (1, 1), (2, 1)], [(0, 2), (1, 2), (2, 2)],
        [(0, 0), (1, 1), (2, 2)], [(0, 2), (1, 1), (2, 0)],
    ];
    let mut winner: Option<Cell> = None;
    for l in lines.iter() {
        if let Some(w) = line_winner(b[l[0].0][l[0].1], b[l[1].0][l[1].1], b[l[2].0][l[2].1]) {
            if let Some(prev) = winner {
                if prev != w {
                    return Outcome::Invalid("two winners");
                }
            }
            winner = Some(w);
        }
    }
    match winner {
        Some(w) => Outcome::Win(w),
        None if xs + os == 9 => Outcome::Draw,
        None => Outcome::InProgress,
    }
}

fn main() {
    let boards = [
        ["XXX", "OO.", "..."],
        ["XOX", "XOO", "OXX"],
        ["X..", ".O.", "..."],
        ["OOO", "XX.", "X.X"],
        ["XXX", "OOO", "..."],
        ["OO.", "...", "..."],
        ["XOX", "OXO", "OXX"],
    ];
    let mut i = 0;
    for rows in boards.iter() {
        let b = parse(*rows);
        let result = judge(&b);
        println!("board {}: {:?}", i, result);
        for r in rows.iter() {
            println!("    {}", r);
        }
        i += 1;
    }
    let b = parse(boards[0]);
    println!("{:?}", b[1]);
    assert_eq!(judge(&b), Outcome::Win(Cell::X));
}
