const LIMIT: u32 = 10;
const SQUARE: u32 = LIMIT * LIMIT;
const NEG: i64 = -(1 << 40);

fn main() {
    let x = 5;
    let x = x * 2;
    {
        let x = "inner";
        println!("{x}");
    }
    let x = x as u8;
    println!("{x} {LIMIT} {SQUARE} {NEG}");
    let mut total = 0;
    let mut i = 0;
    while i < LIMIT {
        total += i;
        i += 1;
    }
    println!("{total}");
    let flag = total > 40 && !(total == 45) || x == 10;
    println!("{flag}");
    let y;
    y = 3 * 7;
    println!("{y}");
}
