fn main() {
    let limit = 10;
    let value = 12;
    assert!(value <= limit, "value {} exceeds limit {}", value, limit);
}
