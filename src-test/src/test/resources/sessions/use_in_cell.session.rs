// `use` in one cell makes names available to later cells; a Display impl through `use std::fmt`.
// -- cell
use std::collections::HashMap;
// -- cell
let mut ages: HashMap<String, u32> = HashMap::new();
ages.insert(String::from("ana"), 31);
ages.insert(String::from("bo"), 27);
// -- cell
ages.get("ana")
// -- cell
ages.get("zed").copied().unwrap_or(0)
// -- cell
use std::fmt;
struct Celsius(f64);
impl fmt::Display for Celsius {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1} °C", self.0)
    }
}
// -- cell
println!("{}", Celsius(21.456));
// -- cell
use std::cmp::max;
max(ages["ana"], ages["bo"])
// -- cell
Celsius(-3.0).to_string()
