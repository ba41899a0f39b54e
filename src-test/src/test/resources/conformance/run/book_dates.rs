// Date and leap-year calculations: struct with methods, day-of-week (Zeller), day counting, Display impl
use std::fmt;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Date {
    year: i32,
    month: u32,
    day: u32,
}

fn is_leap(y: i32) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i32, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(y) => 29,
        2 => 28,
        _ => panic!("invalid month {}", m),
    }
}

impl Date {
    fn new(year: i32, month: u32, day: u32) -> Result<Date, String> {
        if month < 1 || month > 12 {
            return Err(format!("month {} out of range", month));
        }
        let dim = days_in_month(year, month);
        if day < 1 || day > dim {
            return Err(format!("day {} out of range for {}-{:02} (max {})", day, year, month, dim));
        }
        Ok(Date { year, month, day })
    }

    fn ordinal(&self) -> u32 {
        let mut n = self.day;
        for m in 1..self.month {
            n += days_in_month(self.year, m);
        }
        n
    }

    fn days_since_epoch(&self) -> i64 {
        let mut days: i64 = 0;
        if self.year >= 1970 {
            for y in 1970..self.year {
                days += if is_leap(y) { 366 } else { 365 };
            }
        } else {
            for y in self.year..1970 {
                days -= if is_leap(y) { 366 } else { 365 };
            }
        }
        days + self.ordinal() as i64 - 1
    }

    fn weekday(&self) -> &'static str {
        const NAMES: [&str; 7] = ["Thursday", "Friday", "Saturday", "Sunday", "Monday", "Tuesday", "Wednesday"];
        NAMES[self.days_since_epoch().rem_euclid(7) as usize]
    }

    fn next_day(self) -> Date {
        if self.day < days_in_month(self.year, self.month) {
            Date { day: self.day + 1, ..self }
        } else if self.month < 12 {
            Date { month: self.month + 1, day: 1, ..self }
        } else {
            Date { year: self.year + 1, month: 1, day: 1 }
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn main() {
    for y in [1900, 2000, 2023, 2024, 2100, 1600] {
        println!("{} leap? {}", y, is_leap(y));
    }
    let dates = [(1970, 1, 1), (2000, 2, 29), (2024, 12, 31), (1969, 7, 20), (2023, 2, 29), (2024, 13, 1)];
    for &(y, m, d) in dates.iter() {
        match Date::new(y, m, d) {
            Ok(date) => println!(
                "{} is day {:>3} of the year, {:>6} days since epoch, a {}",
                date, date.ordinal(), date.days_since_epoch(), date.weekday()
            ),
            Err(e) => println!("error: {}", e),
        }
    }
    let mut d = Date::new(2023, 12, 30).unwrap();
    for _ in 0..4 {
        print!("{} ", d);
        d = d.next_day();
    }
    println!();
    let a = Date::new(2024, 3, 1).unwrap();
    let b = Date::new(2024, 2, 29).unwrap().next_day();
    println!("{:?} == {:?}: {}", a, b, a == b);
    println!("days between: {}", Date::new(2030, 1, 1).unwrap().days_since_epoch() - Date::new(2000, 1, 1).unwrap().days_since_epoch());
}
