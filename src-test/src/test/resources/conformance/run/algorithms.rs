fn is_prime(n: u64) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn collatz(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn isqrt(n: u64) -> u64 {
    let mut lo = 0u64;
    let mut hi = n + 1;
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if mid <= n / mid { lo = mid; } else { hi = mid; }
    }
    lo
}

fn pow_mod(mut base: u64, mut exp: u64, m: u64) -> u64 {
    let mut result = 1u64;
    base %= m;
    while exp > 0 {
        if exp & 1 == 1 {
            result = (result as u128 * base as u128 % m as u128) as u64;
        }
        base = (base as u128 * base as u128 % m as u128) as u64;
        exp >>= 1;
    }
    result
}

fn digit_sum(mut n: u128) -> u32 {
    let mut s = 0;
    while n > 0 {
        s += (n % 10) as u32;
        n /= 10;
    }
    s
}

fn fib(n: u32) -> u128 {
    let mut a = 0u128;
    let mut b = 1u128;
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}

fn main() {
    let mut primes = 0;
    for n in 0..200 {
        if is_prime(n) {
            primes += 1;
        }
    }
    println!("primes below 200: {primes}");
    println!("collatz(27) = {}", collatz(27));
    println!("isqrt = {} {} {}", isqrt(99), isqrt(100), isqrt(1 << 62));
    println!("pow_mod = {}", pow_mod(2, 1_000_000, 1_000_000_007));
    println!("fib(150) = {}", fib(150));
    println!("digit_sum = {}", digit_sum(fib(150)));
    println!("popcount-ish = {}", (0xF0F0u32 & 0xFF00) | 0x000F ^ 0x0003);
}
