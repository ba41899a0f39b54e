// `%` on floating-point numbers: the remainder has the sign of the dividend.
fn wrap_angle(deg: f64) -> f64 {
    let r = deg % 360.0;
    if r < 0.0 { r + 360.0 } else { r }
}

fn main() {
    let pairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (0.3, 0.1), (1e20, 3.0), (5.0, 0.0), (0.0, 1.0), (-0.0, 1.0)];
    for (a, b) in pairs {
        println!("{} % {} = {}", a, b, a % b);
    }
    let inf = f64::INFINITY;
    println!("{} {} {}", inf % 2.0, 2.0 % inf, f64::NAN % 1.0);
    let mut acc = 100.0_f32;
    acc %= 7.25;
    println!("{}", acc);
    println!("{:.3}", 10.0_f32 % 3.3);
    for deg in [370.0, -30.0, 720.5, 45.0] {
        println!("wrap({}) = {}", deg, wrap_angle(deg));
    }
    let total_seconds = 3725.75_f64;
    let minutes = (total_seconds / 60.0).floor();
    let seconds = total_seconds % 60.0;
    println!("{}m {}s", minutes, seconds);
}
