// `let x;` assigned once on every path of an if/else or a match is not assigned twice.
fn label(n: i32) -> &'static str {
    let label;
    match n {
        0 => label = "zero",
        1 | 2 => {
            label = "small";
        }
        _ => label = "many",
    }
    label
}

fn main() {
    let x;
    let c = 5;
    if c > 3 {
        x = "big";
    } else {
        x = "small";
    }
    println!("{}", x);
    let y: i32;
    loop {
        y = 3;
        break;
    }
    let q;
    let r;
    if y % 2 == 1 {
        q = y / 2;
        r = 1;
    } else if y > 100 {
        q = 0;
        r = 0;
    } else {
        q = y / 2;
        r = 0;
    }
    println!("{} {} {} {} {}", y, label(0), label(2), label(7), q * 10 + r);
}
