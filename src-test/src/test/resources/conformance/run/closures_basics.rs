// Closures: inference of parameter types, captures by reference and by move, FnMut state,
// closures passed to generic functions and returned values of function items.

fn apply<F: Fn(i32) -> i32>(f: F, x: i32) -> i32 {
    f(x)
}

fn apply_twice<F>(f: F, x: i32) -> i32
where
    F: Fn(i32) -> i32,
{
    f(f(x))
}

fn call_n_times(n: usize, mut f: impl FnMut(usize)) {
    for i in 0..n {
        f(i);
    }
}

fn consume<F: FnOnce() -> String>(f: F) -> String {
    f()
}

fn double(x: i32) -> i32 {
    x * 2
}

fn compose<A, B, C>(f: impl Fn(A) -> B, g: impl Fn(B) -> C, x: A) -> C {
    g(f(x))
}

fn main() {
    let add_one = |x| x + 1;
    println!("add_one(41) = {}", add_one(41));

    let offset = 100;
    let shifted = |x: i32| -> i32 { x + offset };
    println!("shifted(5) = {}", shifted(5));
    println!("apply(shifted, 1) = {}", apply(shifted, 1));
    println!("apply_twice(double, 3) = {}", apply_twice(double, 3));
    println!("apply(|x| x * x, 12) = {}", apply(|x| x * x, 12));

    let mut counter = 0;
    let mut bump = || counter += 3;
    bump();
    bump();
    println!("counter = {}", counter);

    let mut seen = Vec::new();
    call_n_times(4, |i| seen.push(i * 10));
    println!("seen = {:?}", seen);

    let greeting = String::from("hello");
    let owned = move || format!("{}, world", greeting);
    println!("{}", consume(owned));

    let label = "len";
    let describe = |s: &str| format!("{} of {:?} is {}", label, s, s.len());
    println!("{}", describe("closure"));

    let pair_sum = |(a, b): (i32, i32)| a + b;
    println!("pair_sum = {}", pair_sum((20, 22)));

    let outer = 7;
    let make_inner = |y: i32| {
        let inner = |z: i32| outer + y + z;
        inner(1) + inner(2)
    };
    println!("nested = {}", make_inner(10));

    let composed = compose(|x: i32| x + 1, |y: i32| format!("<{}>", y), 9);
    println!("composed = {}", composed);

    let mut total = 0;
    for n in [1, 2, 3, 4] {
        let mut add = |k: i32| total += k * n;
        add(1);
    }
    println!("total = {}", total);
}
