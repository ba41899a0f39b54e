// Loops over and into session variables: while, loop with labels, for with ranges and steps.
// -- cell
let mut n: u64 = 27;
let mut steps = 0;
// -- cell
while n != 1 {
    n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
    steps += 1;
}
steps
// -- cell
let mut found = None;
'outer: for a in 1..20 {
    for b in a..20 {
        if a * a + b * b == 13 * 13 {
            found = Some((a, b));
            break 'outer;
        }
    }
}
found
// -- cell
let mut evens = Vec::new();
for i in (0..20).step_by(4) {
    evens.push(i);
}
evens
// -- cell
let mut countdown = 3;
while countdown > 0 {
    print!("{}... ", countdown);
    countdown -= 1;
}
println!("go");
// -- cell
let mut total = 0;
for (i, e) in evens.iter().enumerate() {
    if i == 1 {
        continue;
    }
    total += e;
}
total
