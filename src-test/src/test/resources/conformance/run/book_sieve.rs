// Prime sieve and fibonacci: Vec<bool>, u64 arithmetic, while loops, checked_add
fn sieve(n: usize) -> Vec<usize> {
    let mut is_prime = vec![true; n + 1];
    is_prime[0] = false;
    if n >= 1 {
        is_prime[1] = false;
    }
    let mut i = 2;
    while i * i <= n {
        if is_prime[i] {
            let mut j = i * i;
            while j <= n {
                is_prime[j] = false;
                j += i;
            }
        }
        i += 1;
    }
    let mut primes = Vec::new();
    for k in 0..=n {
        if is_prime[k] {
            primes.push(k);
        }
    }
    primes
}

fn fib_until_overflow() -> (u32, u64) {
    let mut a: u64 = 0;
    let mut b: u64 = 1;
    let mut count = 1;
    loop {
        match a.checked_add(b) {
            Some(c) => {
                a = b;
                b = c;
                count += 1;
            }
            None => return (count, b),
        }
    }
}

fn main() {
    let primes = sieve(100);
    println!("{} primes below 100", primes.len());
    println!("{:?}", primes);
    println!("last: {:?}, first: {:?}", primes.last(), primes.first());
    let mut twins = 0;
    for i in 1..primes.len() {
        if primes[i] - primes[i - 1] == 2 {
            twins += 1;
            print!("({},{}) ", primes[i - 1], primes[i]);
        }
    }
    println!();
    println!("twin pairs: {}", twins);
    let mut fibs: Vec<u64> = vec![0, 1];
    while fibs.len() < 20 {
        let n = fibs.len();
        fibs.push(fibs[n - 1] + fibs[n - 2]);
    }
    println!("{:?}", fibs);
    let (n, big) = fib_until_overflow();
    println!("fib #{} = {} is the largest u64 fib", n, big);
    println!("contains 89? {} contains 90? {}", fibs.contains(&89), fibs.contains(&90));
}
