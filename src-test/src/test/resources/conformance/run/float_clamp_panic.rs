// Float clamp within bounds, with NaN, and with min > max, which panics (rustc locates it in core's f64.rs).
fn main() {
    let readings = [12.5f64, -3.0, 101.25, f64::NAN, 55.0];
    for r in readings.iter() {
        println!("{} -> {}", r, r.clamp(0.0, 100.0));
    }
    println!("{}", 0.5f32.clamp(-1.0, 1.0));
    let (lo, hi) = (10.0f64, 5.0f64);
    println!("{}", 7.0f64.clamp(lo, hi));
}
