// Unit conversions: enums with explicit discriminants, as casts, associated consts, f64 formatting with precision
#[derive(Debug, Clone, Copy, PartialEq)]
enum Length {
    Millimetre,
    Centimetre,
    Metre,
    Kilometre,
    Inch,
    Foot,
    Mile,
}

impl Length {
    const ALL: [Length; 7] = [
        Length::Millimetre, Length::Centimetre, Length::Metre, Length::Kilometre,
        Length::Inch, Length::Foot, Length::Mile,
    ];

    fn in_metres(self) -> f64 {
        match self {
            Length::Millimetre => 0.001,
            Length::Centimetre => 0.01,
            Length::Metre => 1.0,
            Length::Kilometre => 1000.0,
            Length::Inch => 0.0254,
            Length::Foot => 0.3048,
            Length::Mile => 1609.344,
        }
    }

    fn symbol(self) -> &'static str {
        match self {
            Length::Millimetre => "mm",
            Length::Centimetre => "cm",
            Length::Metre => "m",
            Length::Kilometre => "km",
            Length::Inch => "in",
            Length::Foot => "ft",
            Length::Mile => "mi",
        }
    }
}

#[derive(Debug, Clone, Copy)]
enum Weekday {
    Mon = 1,
    Tue,
    Wed,
    Thu,
    Fri,
    Sat = 10,
    Sun,
}

fn convert(value: f64, from: Length, to: Length) -> f64 {
    value * from.in_metres() / to.in_metres()
}

fn main() {
    let marathon = 42.195;
    for unit in Length::ALL.iter() {
        println!("marathon = {:>14.4} {}", convert(marathon, Length::Kilometre, *unit), unit.symbol());
    }
    println!("{} ft = {} m", 6, convert(6.0, Length::Foot, Length::Metre));
    println!("1 mi in inches: {}", convert(1.0, Length::Mile, Length::Inch));
    println!("{:?}", convert(1.0, Length::Inch, Length::Centimetre));
    let days = [Weekday::Mon, Weekday::Wed, Weekday::Fri, Weekday::Sat, Weekday::Sun];
    for d in days {
        println!("{:?} = {}", d, d as i32);
    }
    let kg = 70.0_f64;
    let lb = kg / 0.45359237;
    println!("{} kg = {:.3} lb = {} st {:.1} lb", kg, lb, (lb / 14.0).floor(), lb - (lb / 14.0).floor() * 14.0);
    let tiny = convert(3.0, Length::Millimetre, Length::Mile);
    println!("{} / {:e} / {:.10}", tiny, tiny, tiny);
}
