// Temperature converter table: floats, {:.1} widths, for ranges, functions
fn c_to_f(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn f_to_c(f: f64) -> f64 {
    (f - 32.0) * 5.0 / 9.0
}

fn describe(c: f64) -> &'static str {
    if c < 0.0 {
        "freezing"
    } else if c < 15.0 {
        "cold"
    } else if c < 25.0 {
        "mild"
    } else {
        "hot"
    }
}

fn main() {
    println!("{:>8} | {:>8} | {}", "Celsius", "Fahr", "feel");
    println!("{}", "-".repeat(30));
    let mut c = -20;
    while c <= 40 {
        let cf = c as f64;
        println!("{:>8.1} | {:>8.1} | {}", cf, c_to_f(cf), describe(cf));
        c += 10;
    }
    let fs = [0.0, 32.0, 98.6, 212.0, -40.0];
    for f in fs.iter() {
        println!("{:7.2}F = {:7.2}C", f, f_to_c(*f));
    }
    let body = f_to_c(98.6);
    println!("body temp {} rounded {}", body, body.round());
    println!("exp form {:e}", c_to_f(1000.0));
}
