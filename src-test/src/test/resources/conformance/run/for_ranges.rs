fn main() {
    let mut sum = 0u32;
    for i in 1..=100 {
        sum += i;
    }
    println!("{sum}");
    let mut c = 0;
    for _ in 250u8..=255 {
        c += 1;
    }
    println!("{c}");
    let mut last = 0i8;
    for i in i8::MAX - 2..=i8::MAX {
        last = i;
        print!("{i} ");
    }
    println!("last={last}");
    for i in 5..5 {
        println!("never {i}");
    }
    for i in 5..=4 {
        println!("never {i}");
    }
    let mut total: i64 = 0;
    for i in -3i64..3 {
        total += i * i;
    }
    println!("total={total}");
    let mut m = 0u128;
    for i in u128::MAX - 1..=u128::MAX {
        m = i;
    }
    println!("{m}");
}
