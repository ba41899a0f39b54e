fn main() {
    let mut pairs = 0;
    'outer: for i in 0..10 {
        for j in 0..10 {
            if j > i {
                continue 'outer;
            }
            if i + j > 12 {
                break 'outer;
            }
            pairs += 1;
        }
    }
    println!("pairs = {pairs}");
    let mut n = 0u64;
    let r = 'search: loop {
        n += 1;
        let mut k = 2;
        while k * k <= n {
            if n % k == 0 {
                continue 'search;
            }
            k += 1;
        }
        if n > 50 {
            break 'search n;
        }
    };
    println!("first prime above 50: {r}");
    let x = 'blk: {
        if r > 100 {
            break 'blk 1;
        }
        2
    };
    println!("x = {x}");
}
