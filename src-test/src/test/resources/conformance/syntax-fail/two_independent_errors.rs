fn first() {
    let a = 1
    let b = 2;
}

fn second() {
    let = 3;
}

fn main() {}
