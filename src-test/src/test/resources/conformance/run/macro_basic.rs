// macro_rules! basics: several rules tried in order, literal tokens, fragments of each common kind.
macro_rules! square {
    ($x:expr) => {
        $x * $x
    };
}

macro_rules! describe {
    () => {
        "nothing"
    };
    (zero) => {
        "the word zero"
    };
    ($n:literal) => {
        "a literal"
    };
    ($i:ident) => {
        "an identifier"
    };
    ($($t:tt)*) => {
        "some tokens"
    };
}

macro_rules! max_of {
    ($a:expr) => { $a };
    ($a:expr, $($rest:expr),+) => {{
        let first = $a;
        let rest = max_of!($($rest),+);
        if first > rest { first } else { rest }
    }};
}

macro_rules! make_adder {
    ($name:ident, $amount:expr) => {
        fn $name(x: i32) -> i32 {
            x + $amount
        }
    };
}

make_adder!(add_ten, 10);
make_adder!(add_one, 1);

macro_rules! convert {
    ($v:expr => $t:ty) => {{
        let converted: $t = $v as $t;
        converted
    }};
}

fn main() {
    // an expr fragment stays one expression: (1 + 2) * (1 + 2)
    println!("square!(1 + 2) = {}", square!(1 + 2));
    println!("square!(square!(2)) = {}", square!(square!(2)));
    println!("{}", describe!());
    println!("{}", describe!(zero));
    println!("{}", describe!(42));
    println!("{}", describe!(hello));
    println!("{}", describe!(a + b));
    println!("max = {}", max_of!(3, 9, 4, 7));
    println!("add_ten(5) = {}, add_one(5) = {}", add_ten(5), add_one(5));
    let z = convert!(3.75 => i64);
    let b = convert!(300 + 44 => u8);
    println!("converted = {}, {}", z, b);
    let block_value = {
        macro_rules! local {
            () => {
                7
            };
        }
        local!() * 6
    };
    println!("block_value = {}", block_value);
}
