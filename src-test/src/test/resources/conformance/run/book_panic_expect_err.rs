// Panic: expect on Err with a custom error enum (message: "msg: Debug of error")
#[derive(Debug)]
enum ConfigError {
    Missing(&'static str),
    OutOfRange { key: &'static str, value: i64, max: i64 },
}

fn get(settings: &[(&'static str, i64)], key: &'static str, max: i64) -> Result<i64, ConfigError> {
    for &(k, v) in settings {
        if k == key {
            if v > max {
                return Err(ConfigError::OutOfRange { key, value: v, max });
            }
            return Ok(v);
        }
    }
    Err(ConfigError::Missing(key))
}

fn main() {
    let settings = [("threads", 8), ("port", 8080), ("retries", 99)];
    let threads = get(&settings, "threads", 64).expect("threads");
    println!("threads = {}", threads);
    match get(&settings, "timeout", 100) {
        Ok(v) => println!("timeout = {}", v),
        Err(e) => println!("warning: {:?}", e),
    }
    let retries = get(&settings, "retries", 10).expect("retries must be configured sanely");
    println!("retries = {}", retries);
}
