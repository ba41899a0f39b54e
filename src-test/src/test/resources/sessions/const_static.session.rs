// const and static items defined in one cell and used by functions and statements of later cells.
// -- cell
const MAX_POINTS: u32 = 100_000;
static GREETING: &str = "hello";
// -- cell
MAX_POINTS / 4
// -- cell
GREETING
// -- cell
const SECONDS_PER_HOUR: u64 = 60 * 60;
fn hours_to_seconds(h: u64) -> u64 {
    h * SECONDS_PER_HOUR
}
hours_to_seconds(3)
// -- cell
static PRIMES: [u32; 5] = [2, 3, 5, 7, 11];
PRIMES.iter().filter(|&&p| p < 6).count()
// -- cell
println!("{}, {} points", GREETING, MAX_POINTS);
// -- cell: expect-error E0070
MAX_POINTS = 5;
// -- cell
(MAX_POINTS, PRIMES[4])
