fn main() {
    let a = "3.14".parse::<f64>();
    let b: Result<f32, _> = "1e-3".parse::<f32>();
    println!("{:?} {:?}", a, b);
    println!("{:?} {:?}", "".parse::<f64>(), "abc".parse::<f64>());
    match "2.5x".parse::<f64>() {
        Ok(v) => println!("{}", v),
        Err(e) => println!("error: {}", e),
    }
    let total: f64 = "0.1".parse::<f64>().unwrap() + "0.2".parse::<f64>().unwrap();
    println!("{}", total);
    println!("{:?}", "inf".parse::<f64>());
}
