fn classify(n: i32) -> &'static str {
    if n < 0 {
        "negative"
    } else if n == 0 {
        "zero"
    } else if n % 2 == 0 {
        "even"
    } else {
        "odd"
    }
}

fn main() {
    for n in -2..4 {
        println!("{n} is {}", classify(n));
    }
    let mut count = 0;
    while count < 5 {
        count += 1;
        if count == 3 {
            continue;
        }
        print!("{count} ");
    }
    println!();
    let found = loop {
        count += 7;
        if count % 11 == 0 {
            break count;
        }
    };
    println!("found {found}");
    let v = {
        let a = 3;
        let b = 4;
        a * a + b * b
    };
    println!("v = {v}");
}
