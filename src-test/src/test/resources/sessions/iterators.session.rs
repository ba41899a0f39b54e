// Iterator adapters over session data: map, filter, zip, enumerate, fold, windows, rev, chars.
// -- cell
let temps = vec![12, 15, 11, 19, 23, 18];
let days = ["mon", "tue", "wed", "thu", "fri", "sat"];
// -- cell
temps.iter().max()
// -- cell
let warm: Vec<&str> = days.iter().zip(temps.iter()).filter(|(_, &t)| t > 16).map(|(d, _)| *d).collect();
warm
// -- cell
temps.windows(2).map(|w| w[1] - w[0]).collect::<Vec<i32>>()
// -- cell
temps.iter().fold(0, |acc, t| acc + t) / temps.len() as i32
// -- cell
for (i, d) in days.iter().enumerate().rev().take(2) {
    println!("{}: {}", i, d);
}
// -- cell
"a man a plan".chars().filter(|c| !c.is_whitespace()).rev().collect::<String>()
// -- cell
let total: i32 = (1..=100).filter(|n| n % 3 == 0 || n % 5 == 0).sum();
total
// -- cell
temps.iter().position(|&t| t == 23).map(|i| days[i])
