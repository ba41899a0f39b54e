// gcd/lcm, extended Euclid, modular inverse and prime factorisation: recursion, tuples, i64/u64, checked_mul
fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

fn lcm(a: u64, b: u64) -> Option<u64> {
    if a == 0 || b == 0 {
        return Some(0);
    }
    (a / gcd(a, b)).checked_mul(b)
}

fn ext_gcd(a: i64, b: i64) -> (i64, i64, i64) {
    if b == 0 {
        (a, 1, 0)
    } else {
        let (g, x, y) = ext_gcd(b, a % b);
        (g, y, x - (a / b) * y)
    }
}

fn mod_inverse(a: i64, m: i64) -> Option<i64> {
    let (g, x, _) = ext_gcd(a, m);
    if g != 1 { None } else { Some(x.rem_euclid(m)) }
}

fn factorize(mut n: u64) -> Vec<(u64, u32)> {
    let mut out = Vec::new();
    let mut p = 2;
    while p * p <= n {
        let mut e = 0;
        while n % p == 0 {
            n /= p;
            e += 1;
        }
        if e > 0 {
            out.push((p, e));
        }
        p += if p == 2 { 1 } else { 2 };
    }
    if n > 1 {
        out.push((n, 1));
    }
    out
}

fn main() {
    let pairs = [(48, 18), (17, 5), (0, 9), (1071, 462), (1 << 40, 1 << 20)];
    for &(a, b) in pairs.iter() {
        println!("gcd({}, {}) = {}, lcm = {:?}", a, b, gcd(a, b), lcm(a, b));
    }
    println!("lcm overflow: {:?}", lcm(u64::MAX - 1, u64::MAX - 2));
    let mut l = 1;
    for k in 1..=20 {
        l = lcm(l, k).unwrap();
    }
    println!("lcm(1..=20) = {}", l);
    println!("{:?}", ext_gcd(240, 46));
    for (a, m) in [(3, 11), (10, 17), (6, 9), (-3, 7)] {
        println!("inverse of {} mod {} = {:?}", a, m, mod_inverse(a, m));
    }
    for n in [360u64, 97, 1_000_000_007, 600851475143, 1] {
        let f = factorize(n);
        println!("{} = {:?}", n, f);
    }
}
