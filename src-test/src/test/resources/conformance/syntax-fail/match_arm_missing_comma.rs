fn main() {
    let n = 3;
    let s = match n {
        1 => "one"
        2 => "two",
        _ => "many",
    };
}
