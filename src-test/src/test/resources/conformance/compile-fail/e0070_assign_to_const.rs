// Assigning to a constant and to an expression: E0070 at the `=`, E0067 at a compound operator.
const MAX_POINTS: u32 = 100_000;

fn main() {
    let a = 1;
    let b = 2;
    MAX_POINTS = 5;
    MAX_POINTS += 1;
    (a + b) = 4;
    println!("{}", MAX_POINTS);
}
