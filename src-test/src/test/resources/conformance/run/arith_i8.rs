fn show(label: &str, v: i8) {
    println!("{label}: {v} {v:?} {:>6} {:<6}| {:+} {:05}", v, v, v, v);
}

fn main() {
    let a: i8 = 100;
    let b: i8 = -28;
    show("a", a);
    show("b", b);
    show("sum", a + b);
    show("diff", b - a);
    show("prod", b * 4);
    show("quot", a / 7);
    show("rem", b % 5);
    show("min", i8::MIN);
    show("max", i8::MAX);
    println!("{:x} {:X} {:o} {:b} {:#x} {:#b}", b, b, b, b, a, a);
}
