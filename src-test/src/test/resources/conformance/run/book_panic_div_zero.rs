// Panic: integer division by zero when averaging empty buckets
fn bucket_averages(values: &[u32], buckets: usize) -> Vec<u32> {
    let mut sums = vec![0u32; buckets];
    let mut counts = vec![0u32; buckets];
    for &v in values {
        let b = (v as usize) % buckets;
        sums[b] += v;
        counts[b] += 1;
    }
    let mut out = Vec::new();
    for i in 0..buckets {
        println!("bucket {}: sum={} count={}", i, sums[i], counts[i]);
        out.push(sums[i] / counts[i]);
    }
    out
}

fn main() {
    println!("{:?}", bucket_averages(&[1, 2, 3, 4, 5, 6], 3));
    println!("{:?}", bucket_averages(&[10, 12, 14, 3], 4));
}
