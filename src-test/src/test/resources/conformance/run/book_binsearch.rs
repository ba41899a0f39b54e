// Binary search variants: slices, usize arithmetic, Option/Result returns, generic fn with PartialOrd
fn binary_search(v: &[i32], target: i32) -> Result<usize, usize> {
    let mut lo = 0usize;
    let mut hi = v.len();
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if v[mid] == target {
            return Ok(mid);
        } else if v[mid] < target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    Err(lo)
}

fn lower_bound<T: PartialOrd>(v: &[T], target: &T) -> usize {
    let mut lo = 0;
    let mut hi = v.len();
    while lo < hi {
        let mid = (lo + hi) / 2;
        if v[mid] < *target {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

fn isqrt(n: u64) -> u64 {
    let mut lo = 0u64;
    let mut hi = n.min(u32::MAX as u64);
    while lo < hi {
        let mid = lo + (hi - lo + 1) / 2;
        if mid * mid <= n {
            lo = mid;
        } else {
            hi = mid - 1;
        }
    }
    lo
}

fn main() {
    let data = [-5, 0, 3, 3, 3, 8, 13, 21, 34, 55];
    for t in [3, 8, -10, 100, 14, 55] {
        match binary_search(&data, t) {
            Ok(i) => println!("{:>4}: found at {}", t, i),
            Err(i) => println!("{:>4}: missing, insert at {}", t, i),
        }
    }
    println!("lower_bound(3) = {}", lower_bound(&data, &3));
    let words = ["apple", "banana", "cherry", "kiwi", "mango"];
    println!("lower_bound(\"coconut\") = {}", lower_bound(&words, &"coconut"));
    let floats = vec![0.5, 1.5, 2.25, 9.75];
    println!("lower_bound(2.0) = {}", lower_bound(&floats, &2.0));
    for n in [0u64, 1, 15, 16, 17, 1_000_000, 999_999_999_999, u64::MAX] {
        println!("isqrt({}) = {}", n, isqrt(n));
    }
}
