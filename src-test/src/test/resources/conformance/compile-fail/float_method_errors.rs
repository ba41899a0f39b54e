// Float methods on ambiguous literals and bindings (E0689) and misspelled float methods (E0599).
fn main() {
    let n = 2;
    println!("{}", n.pow(2));
    println!("{}", 2.0.sqrt());
    println!("{}", 2.0.powf(2.0));
    let mut y = 3.0;
    y += 1.0;
    println!("{}", y.sin());
    let x = 2.0f64;
    println!("{}", x.sqr());
    println!("{}", x.powff(2.0));
    println!("{}", x.sinn());
}
