fn main() {
    let crab = "🦀🦀 ünïcödé"; let n = crab.len() 2;
}
