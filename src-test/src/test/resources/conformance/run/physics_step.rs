// A projectile and a pendulum stepped in time with sin and cos, as a learner's physics simulation.
const G: f64 = 9.81;

#[derive(Debug)]
struct Body {
    x: f64,
    y: f64,
    vx: f64,
    vy: f64,
}

fn launch(speed: f64, angle_deg: f64) -> Body {
    let a = angle_deg.to_radians();
    Body { x: 0.0, y: 0.0, vx: speed * a.cos(), vy: speed * a.sin() }
}

fn step(b: &mut Body, dt: f64, drag: f64) {
    let v = b.vx.hypot(b.vy);
    b.vx -= drag * v * b.vx * dt;
    b.vy -= (G + drag * v * b.vy) * dt;
    b.x += b.vx * dt;
    b.y += b.vy * dt;
}

fn main() {
    for &angle in [15.0, 30.0, 45.0, 60.0].iter() {
        let mut b = launch(20.0, angle);
        let mut t = 0.0;
        let dt = 0.001;
        while b.y >= 0.0 {
            step(&mut b, dt, 0.01);
            t += dt;
        }
        let ideal = 20.0f64.powi(2) * (2.0 * angle).to_radians().sin() / G;
        println!("{}°: lands at x = {:.3} after {:.3} s (no drag: {:.3})", angle, b.x, t, ideal);
    }
    // a pendulum: theta'' = -(g/L) sin(theta), semi-implicit Euler
    let length = 2.0;
    let mut theta = 1.2f64;
    let mut omega = 0.0f64;
    let dt = 0.01;
    for i in 0..=500 {
        if i % 50 == 0 {
            let energy = 0.5 * (length * omega).powi(2) + G * length * (1.0 - theta.cos());
            println!("t = {:.2}: theta = {:.6}, omega = {:.6}, energy = {:.6}", i as f64 * dt, theta, omega, energy);
        }
        omega -= G / length * theta.sin() * dt;
        theta += omega * dt;
    }
    let period = 2.0 * std::f64::consts::PI * (length / G).sqrt();
    println!("small-angle period: {}", period);
    // damped oscillation: x(t) = e^(-t/4) cos(3t)
    let xs: Vec<f64> = (0..8).map(|i| (-(i as f64) / 4.0).exp() * (3.0 * i as f64).cos()).collect();
    println!("{:?}", xs);
    let (s, c) = 0.75f32.sin_cos();
    println!("f32 sin_cos(0.75) = ({}, {}), tanh(0.75) = {}", s, c, 0.75f32.tanh());
}
