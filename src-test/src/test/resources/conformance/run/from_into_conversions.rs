struct Meters(f64);

impl From<f64> for Meters {
    fn from(v: f64) -> Self {
        Meters(v)
    }
}

#[derive(Debug)]
struct Celsius(i32);
#[derive(Debug)]
struct Fahrenheit(i32);

impl From<Celsius> for Fahrenheit {
    fn from(c: Celsius) -> Self {
        Fahrenheit(c.0 * 9 / 5 + 32)
    }
}

fn main() {
    let s: String = "hello".into();
    let t = String::from("world");
    let u: String = t.clone().into();
    println!("{} {} {}", s, t, u);
    let m: Meters = 3.5.into();
    let m2 = Meters::from(1.25);
    println!("{} {}", m.0, m2.0);
    let f: Fahrenheit = Celsius(100).into();
    println!("{:?}", f);
    let f2 = Fahrenheit::from(Celsius(-40));
    println!("{:?}", f2);
    let small: u8 = 200;
    let wide = i64::from(small);
    let wider: u32 = small.into();
    let fl = f64::from(3u8);
    println!("{} {} {}", wide, wider, fl);
    let c = char::from(65u8);
    println!("{}", c);
    let big: i64 = 1 + i64::from(7i32);
    println!("{}", big);
}
