// Descriptive statistics of a data set: mean, variance, geometric mean via ln/exp, extremes with
// fold(f64::MIN, f64::max), a normal density with exp, and sorting with total_cmp.
fn mean(xs: &[f64]) -> f64 {
    xs.iter().sum::<f64>() / xs.len() as f64
}

fn std_dev(xs: &[f64]) -> f64 {
    let m = mean(xs);
    let var = xs.iter().map(|x| (x - m).powi(2)).sum::<f64>() / (xs.len() - 1) as f64;
    var.sqrt()
}

fn geometric_mean(xs: &[f64]) -> f64 {
    (xs.iter().map(|x| x.ln()).sum::<f64>() / xs.len() as f64).exp()
}

fn normal_pdf(x: f64, mu: f64, sigma: f64) -> f64 {
    let z = (x - mu) / sigma;
    (-0.5 * z * z).exp() / (sigma * (2.0 * std::f64::consts::PI).sqrt())
}

fn main() {
    let data = vec![2.5, 3.7, 1.2, 8.9, 4.4, 6.1, 3.3, 7.8, 5.0, 2.2, 9.6, 0.8];
    let max = data.iter().cloned().fold(f64::MIN, f64::max);
    let min = data.iter().cloned().fold(f64::MAX, f64::min);
    println!("n = {}, min = {}, max = {}", data.len(), min, max);
    println!("mean = {}", mean(&data));
    println!("std dev = {}", std_dev(&data));
    println!("geometric mean = {}", geometric_mean(&data));
    let harmonic = data.len() as f64 / data.iter().map(|x| x.recip()).sum::<f64>();
    println!("harmonic mean = {}", harmonic);
    let m = mean(&data);
    let s = std_dev(&data);
    let zs: Vec<String> = data.iter().map(|x| format!("{:.3}", (x - m) / s)).collect();
    println!("z-scores: {}", zs.join(" "));
    let mut sorted = data.clone();
    sorted.sort_by(|a, b| a.total_cmp(b));
    println!("sorted: {:?}", sorted);
    let median = (sorted[5] + sorted[6]) / 2.0;
    println!("median = {}", median);
    let abs_dev: Vec<f64> = data.iter().map(|x| x - median).map(f64::abs).collect();
    println!("mean absolute deviation from median = {}", mean(&abs_dev));
    for x in [0.0, 1.0, 2.0, 3.0].iter() {
        println!("pdf({}) = {}", x, normal_pdf(*x, 0.0, 1.0));
    }
    let log_sum = data.iter().map(|x| x.log10()).sum::<f64>();
    println!("sum of log10 = {}, product = {}", log_sum, 10f64.powf(log_sum));
    println!("log2 of n = {}, ln(max/min) = {}", (data.len() as f64).log2(), (max / min).ln());
    let clamped: Vec<f64> = data.iter().map(|x| x.clamp(2.0, 8.0)).collect();
    println!("clamped: {:?}", clamped);
    let cv = s / m;
    println!("coefficient of variation: {:.4}, cbrt(mean) = {}", cv, m.cbrt());
    let largest_gap = sorted.windows(2).map(|w| w[1] - w[0]).fold(f64::MIN, f64::max);
    println!("largest gap = {}", largest_gap);
    println!("f32 max: {}", [1.5f32, -2.0, 0.25].iter().cloned().fold(f32::MIN, f32::max));
}
