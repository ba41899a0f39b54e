// Panic: u32 multiplication overflow while computing factorials
fn factorial(n: u32) -> u32 {
    let mut acc: u32 = 1;
    for k in 2..=n {
        acc *= k;
    }
    acc
}

fn main() {
    for n in 0..20 {
        println!("{:>2}! = {}", n, factorial(n));
    }
}
