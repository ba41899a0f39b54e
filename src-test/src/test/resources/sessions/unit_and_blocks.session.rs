// Values of if/match/loop/block expressions at the end of a cell; unit-typed ones show nothing.
// -- cell
let n = 17;
// -- cell
if n % 2 == 0 { "even" } else { "odd" }
// -- cell
match n {
    0 => "zero",
    1..=9 => "small",
    _ => "large",
}
// -- cell
{
    let a = n * 2;
    a + 1
}
// -- cell
let mut i = 0;
loop {
    i += 1;
    if i * i > n {
        break i;
    }
}
// -- cell
for k in 0..3 {
    print!("{},", k);
}
// -- cell
while i > 0 {
    i -= 1;
}
// -- cell
i
// -- cell
()
// -- cell
[1u16; 4]
