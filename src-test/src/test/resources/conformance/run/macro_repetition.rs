// Repetitions: `*`, `+` and `?`, separators, a trailing comma, and several variables repeated together.
macro_rules! sum {
    () => { 0 };
    ($($x:expr),+ $(,)?) => { 0 $(+ $x)+ };
}

macro_rules! pairs {
    ($($k:ident => $v:expr);* $(;)?) => {{
        let mut out = Vec::new();
        $(out.push((stringify_ident(stringify_helper::$k), $v));)*
        out
    }};
}

mod stringify_helper {
    pub const apple: &str = "apple";
    pub const pear: &str = "pear";
    pub const plum: &str = "plum";
}

fn stringify_ident(s: &str) -> String {
    s.to_string()
}

macro_rules! maybe_double {
    ($x:expr $(, double)?) => { $x };
}

macro_rules! opt_label {
    ($v:expr) => { format!("value {}", $v) };
    ($v:expr, $label:literal) => { format!("{} {}", $label, $v) };
}

macro_rules! squares {
    ($($x:expr),*) => { [$($x * $x),*] };
}

fn main() {
    println!("sum!() = {}", sum!());
    println!("sum!(1) = {}", sum!(1));
    println!("sum!(1, 2, 3,) = {}", sum!(1, 2, 3,));
    let p = pairs!(apple => 3; pear => 5; plum => 8;);
    for (name, n) in &p {
        println!("{} -> {}", name, n);
    }
    println!("{}", maybe_double!(4));
    println!("{}", maybe_double!(4, double));
    println!("{}", opt_label!(1));
    println!("{}", opt_label!(2, "label"));
    let sq = squares!(1, 2, 3, 4);
    println!("{:?} (len {})", sq, sq.len());
}
