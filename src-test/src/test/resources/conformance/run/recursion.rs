fn ackermann(m: u64, n: u64) -> u64 {
    if m == 0 {
        n + 1
    } else if n == 0 {
        ackermann(m - 1, 1)
    } else {
        ackermann(m - 1, ackermann(m, n - 1))
    }
}

fn is_even(n: u32) -> bool {
    if n == 0 { true } else { is_odd(n - 1) }
}

fn is_odd(n: u32) -> bool {
    if n == 0 { false } else { is_even(n - 1) }
}

fn hanoi(n: u32, from: char, to: char, via: char, moves: u32) -> u32 {
    if n == 0 {
        return moves;
    }
    let m = hanoi(n - 1, from, via, to, moves);
    hanoi(n - 1, via, to, from, m + 1)
}

fn main() {
    println!("{}", ackermann(2, 3));
    println!("{}", ackermann(3, 3));
    println!("{} {}", is_even(10), is_odd(7));
    println!("{}", hanoi(10, 'a', 'c', 'b', 0));
}
