struct Celsius(f64);
struct Fahrenheit(f64);

fn show(c: Celsius) -> f64 {
    c.0
}

fn main() {
    let f = Fahrenheit(98.6);
    let x = show(f);
    println!("{}", x as i32);
}
