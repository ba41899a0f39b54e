// stringify! in and out of macros: a debugging macro that prints expressions with their values,
// names generated from identifiers, and rustc's spacing of the tokens.
macro_rules! show {
    ($($e:expr),+ $(,)?) => {
        $(println!("{} = {:?}", stringify!($e), $e);)+
    };
}

macro_rules! named_consts {
    ($($name:ident = $value:expr),*) => {
        fn describe_consts() -> Vec<String> {
            vec![$(format!("{} is {}", stringify!($name), $value)),*]
        }
    };
}

named_consts!(ANSWER = 42, DOZEN = 12);

macro_rules! check {
    ($cond:expr) => {
        if $cond {
            println!("ok: {}", stringify!($cond));
        } else {
            println!("FAILED: {}", stringify!($cond));
        }
    };
}

macro_rules! tokens {
    ($($t:tt)*) => {
        stringify!($($t)*)
    };
}

fn main() {
    let x = 7;
    let v = vec![3, 1, 2];
    show!(x, x * 2 + 1, v.len(), v.iter().max(), &v[1..]);
    show!(x+1, (x - 1) * (x + 1));
    for line in describe_consts() {
        println!("{}", line);
    }
    check!(x > 5);
    check!(v.contains(&10));
    println!("{}", tokens!(fn f(a: i32) -> i32 { a * 2 }));
    println!("{}", tokens!(Point { x: 1, y: 2 } [1,2, 3] (a)));
    println!("{}", stringify!(let answer = 6 * 7;));
    println!("{:?}", stringify!("quoted" 'c' 1.5e3));
}
