fn main() {
    let x = 0.1 + 0.2;
    println!("{} {:?} {:.2} {:e} {:E}", x, x, x, x, 1234.5);
    let f: f32 = 1.0 / 3.0;
    println!("{} {:?} {:8.3}|{:<8.1}|{:^9}|{:+}|{:08.2}", f, 1.0f64, f, 2.5, 1.5, 3.0, -2.25);
    let temps = vec![21.5, 19.25, 30.75];
    println!("{:?}", temps);
    let avg = (temps[0] + temps[1] + temps[2]) / 3.0;
    println!("avg {:.1}", avg);
    println!("{}", f64::MAX);
    println!("{} {} {}", f64::NAN, f64::INFINITY, -0.0f64);
    println!("{}", 1e-7);
    println!("{:?}", (1.5, 2.0f32));
    println!("{}", 2.0f64.sqrt());
    println!("{}", 100.0f64 / 3.0);
}
