// Savings and loans with powf, ln and exp: compound interest, doubling time, continuous compounding
// and a loan's monthly payment.
fn future_value(principal: f64, annual_rate: f64, periods_per_year: u32, years: f64) -> f64 {
    let n = periods_per_year as f64;
    principal * (1.0 + annual_rate / n).powf(n * years)
}

fn monthly_payment(loan: f64, annual_rate: f64, years: u32) -> f64 {
    let r = annual_rate / 12.0;
    let n = (years * 12) as f64;
    loan * r / (1.0 - (1.0 + r).powf(-n))
}

fn main() {
    let principal = 1000.0;
    for &rate in [0.01, 0.035, 0.05, 0.07].iter() {
        let yearly = future_value(principal, rate, 1, 10.0);
        let monthly = future_value(principal, rate, 12, 10.0);
        let daily = future_value(principal, rate, 365, 10.0);
        let continuous = principal * (rate * 10.0).exp();
        println!("{:>5.1}%: yearly {:.2}, monthly {:.2}, daily {:.2}, continuous {:.2}", rate * 100.0, yearly, monthly, daily, continuous);
        println!("       exact: {} {} {}", yearly, monthly, continuous);
        let doubling = 2.0f64.ln() / (1.0 + rate).ln();
        println!("       doubles in {} years (rule of 72: {})", doubling, 72.0 / (rate * 100.0));
    }
    let payment = monthly_payment(250_000.0, 0.045, 30);
    println!("mortgage payment: {:.2} ({})", payment, payment);
    println!("total paid: {:.2}", payment * 360.0);
    // the rate that turns 1000 into 2500 in 12 years
    let rate = (2500.0f64 / 1000.0).powf(1.0 / 12.0) - 1.0;
    println!("needed rate: {:.4}% ({})", rate * 100.0, rate);
    let years = (2500.0f64 / 1000.0).ln() / (1.05f64).ln();
    println!("years at 5%: {}", years);
    println!("log10 of growth: {}", (future_value(1.0, 0.05, 12, 100.0)).log10());
    let f: f32 = 1000.0 * 1.05f32.powf(10.0);
    println!("f32: {}", f);
    println!("powi vs powf: {} {}", 1.05f64.powi(10), 1.05f64.powf(10.0));
}
