// A vec!-like macro with both forms (list and `elem; n`), statement macros expanding to several statements,
// and hygiene: a macro's own `let` neither captures nor shadows the caller's variable of the same name.
macro_rules! my_vec {
    () => { Vec::new() };
    ($elem:expr; $n:expr) => {{
        let mut v = Vec::new();
        let count: usize = $n;
        for _ in 0..count {
            v.push($elem.clone());
        }
        v
    }};
    ($($x:expr),+ $(,)?) => {{
        let mut v = Vec::new();
        $(v.push($x);)+
        v
    }};
}

macro_rules! swap_vars {
    ($a:ident, $b:ident) => {
        let tmp = $a;
        $a = $b;
        $b = tmp;
    };
}

macro_rules! double_it {
    ($e:expr) => {{
        let v = $e;
        v * 2
    }};
}

macro_rules! declare {
    ($name:ident = $value:expr) => {
        let $name = $value;
    };
}

fn main() {
    let a: Vec<i32> = my_vec![];
    let b = my_vec![7; 3];
    let c = my_vec![1, 2, 3,];
    let d = my_vec![String::from("x"); 2];
    println!("{:?} {:?} {:?} {:?}", a, b, c, d);
    let mut x = 1;
    let mut y = 2;
    swap_vars!(x, y);
    println!("x = {}, y = {}", x, y);
    // the macro's `v` is not the caller's `v`
    let v = 10;
    println!("double_it!(v + 1) = {}", double_it!(v + 1));
    println!("v is still {}", v);
    let tmp = "caller's tmp";
    let mut p = 5;
    let mut q = 6;
    swap_vars!(p, q);
    println!("{} {} {}", p, q, tmp);
    declare!(answer = 42);
    println!("answer = {}", answer);
}
