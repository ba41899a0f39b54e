// A text report formatter: aligned columns, totals and percentages with integer arithmetic.
struct Row {
    name: String,
    units: u32,
    cents: u64,
}

fn money(cents: u64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

fn main() {
    let rows = vec![
        Row { name: String::from("Widgets"), units: 12, cents: 1999 },
        Row { name: String::from("Gadgets"), units: 3, cents: 45050 },
        Row { name: String::from("Thingamajigs"), units: 140, cents: 99 },
    ];
    println!("{:<14}|{:>6}|{:>10}|{:>6}", "item", "units", "total", "share");
    println!("{}", "-".repeat(39));
    let mut grand = 0;
    for r in &rows {
        grand += r.cents * r.units as u64;
    }
    for r in &rows {
        let total = r.cents * r.units as u64;
        let share = total * 1000 / grand;
        println!("{:<14}|{:>6}|{:>10}|{:>4}.{}%", r.name, r.units, money(total), share / 10, share % 10);
    }
    println!("{}", "=".repeat(39));
    println!("{:<14}|{:>6}|{:>10}|", "TOTAL", rows.len(), money(grand));
    println!("[{:^12}] [{:*>8}] [{:#06x}] [{:+}]", "center", "pad", 255, 42);
}
