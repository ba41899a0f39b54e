// A move in one branch of an `if` makes the value unusable after the `if`.

fn keep(v: Vec<u8>) -> usize {
    v.len()
}

fn main() {
    let data = vec![1u8, 2, 3];
    let small = data.len() < 10;
    if small {
        println!("{}", keep(data));
    } else {
        println!("large");
    }
    println!("{:?}", data);
}
