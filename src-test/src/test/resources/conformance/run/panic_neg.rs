fn neg(x: i16) -> i16 {
    -x
}

fn main() {
    println!("{}", neg(-32767));
    println!("{}", neg(i16::MIN));
}
