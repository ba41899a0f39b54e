// Wrong fragment usage in matchers: an unknown fragment specifier, and an `expr` fragment followed by a
// token that could continue an expression (rustc's follow-set rule).
macro_rules! scale {
    ($v:expr times $k:expr) => {
        $v * $k
    };
}

macro_rules! named {
    ($n:name) => {
        0
    };
}

fn main() {
    println!("{}", scale!(2 times 3));
}
