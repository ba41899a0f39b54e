// Iterator adaptors and consumers over vectors, arrays and ranges.

fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3];

    let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
    println!("doubled: {:?}", doubled);

    let odd: Vec<&i32> = v.iter().filter(|x| **x % 2 == 1).collect();
    println!("odd: {:?}", odd);

    let sum: i32 = v.iter().sum();
    let product: i64 = (1..=10).map(|x| x as i64).product();
    println!("sum = {}, 10! = {}", sum, product);

    println!("count > 3: {}", v.iter().filter(|&&x| x > 3).count());
    println!("max = {:?}, min = {:?}", v.iter().max(), v.iter().min());
    println!("first 9 at {:?}", v.iter().position(|&x| x == 9));
    println!("any > 8: {}, all > 0: {}", v.iter().any(|&x| x > 8), v.iter().all(|&x| x > 0));
    println!("find even: {:?}", v.iter().find(|x| **x % 2 == 0));

    for (i, x) in v.iter().enumerate().skip(2).take(3) {
        println!("  v[{}] = {}", i, x);
    }

    let squares: Vec<u32> = (1..8).map(|n| n * n).filter(|n| n % 2 == 1).collect();
    println!("odd squares: {:?}", squares);

    let evens: Vec<i32> = (0..20).step_by(4).collect();
    println!("step_by: {:?}", evens);

    let countdown: Vec<i32> = (1..=5).rev().collect();
    println!("countdown: {:?}", countdown);

    let names = ["ann", "bob", "cy"];
    let ages = [31, 42, 27];
    for (name, age) in names.iter().zip(ages.iter()) {
        println!("{} is {}", name, age);
    }

    let folded = v.iter().fold(String::new(), |acc, x| acc + &x.to_string());
    println!("folded: {}", folded);

    let chained: Vec<i32> = (1..3).chain(7..9).collect();
    println!("chained: {:?}", chained);

}
