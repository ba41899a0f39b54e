// References to locals (&, &mut), auto-deref, shadow-stack addresses, float arithmetic, casts and methods.
fn bump(counter: &mut i32, by: i32) {
    *counter += by;
}

fn largest<'a>(a: &'a [f64]) -> f64 {
    let mut best = a[0];
    for i in 1..a.len() {
        best = best.max(a[i]);
    }
    best
}

struct Account {
    balance: i64,
}

fn deposit(acc: &mut Account, amount: i64) {
    acc.balance += amount;
}

fn main() {
    let mut c = 10;
    bump(&mut c, 5);
    {
        let r = &mut c;
        *r *= 2;
    }
    println!("c = {}", c);
    let x = 7;
    let rx = &x;
    let rrx = &rx;
    println!("{} {} {}", rx + 1, **rrx * 2, *rx == 7);
    let mut acc = Account { balance: 100 };
    deposit(&mut acc, 25);
    let view = &acc;
    println!("balance {}", view.balance);
    let f = 2.0f64.sqrt() * 1000.0;
    println!("{}", f as i64);
    let temps = [21.5, 19.25, 30.75, 25.0];
    println!("{}", (largest(&temps) * 100.0) as i32);
    let h = 9.99f64;
    println!("{} {} {} {}", h.floor() as i32, h.ceil() as i32, h.round() as i32, (-2.5f64).round() as i32);
    println!("{} {}", (3.7f32 as u8), (-1.5f64 as u32));
    println!("{} {}", (1e20f64 as i32), (f64::NAN as i64));
    let y: f32 = 1.0 / 3.0;
    println!("{}", (y * 3.0 == 1.0));
    println!("{}", 2.0f64.powi(10) as i32);
    println!("{}", (0.1f64 + 0.2 == 0.3));
    println!("{}", f64::MAX > 1e308);
    let avg = (temps[0] + temps[1] + temps[2] + temps[3]) / temps.len() as f64;
    println!("{}", (avg * 1000.0) as i64);
}
