// macro_rules! macros are in scope only after their definition (textual order).
fn main() {
    let x = triple!(3);
    println!("{}", x);
}

macro_rules! triple {
    ($e:expr) => {
        $e * 3
    };
}
