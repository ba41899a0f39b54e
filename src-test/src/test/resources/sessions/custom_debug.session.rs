// Printing a type without Debug is an error (E0277); implementing Debug by hand in a later cell
// makes it printable, also as a trailing value.
// -- cell
struct Meters(f64);
let run = Meters(5000.0);
// -- cell: expect-error E0277
println!("{:?}", run);
// -- cell
use std::fmt;
impl fmt::Debug for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} m", self.0)
    }
}
// -- cell
println!("{:?}", run);
// -- cell
run
// -- cell
impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:.1} km", self.0 / 1000.0)
    }
}
format!("{} = {:?}", run, run)
// -- cell
vec![Meters(1.5), Meters(2.0)]
