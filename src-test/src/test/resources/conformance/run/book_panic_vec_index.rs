// Panic: index out of bounds on a Vec inside a moving-average computation
fn moving_average(data: &Vec<i32>, window: usize, upto: usize) -> Vec<f64> {
    let mut out = Vec::new();
    for end in window..=upto {
        let mut sum = 0;
        for i in (end - window)..end {
            sum += data[i];
        }
        out.push(sum as f64 / window as f64);
    }
    out
}

fn main() {
    let data = vec![3, 5, 2, 8, 6, 9, 1];
    let avg = moving_average(&data, 3, data.len());
    println!("first average {:.3}", avg[0]);
    println!("{:?}", avg);
    let avg2 = moving_average(&data, 4, data.len() + 1);
    println!("{:?}", avg2);
}
