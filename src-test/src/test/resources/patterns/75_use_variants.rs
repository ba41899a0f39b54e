enum Color {
    Red,
    Green,
    Blue,
    Custom(u8, u8, u8),
}

use Color::*;

fn f(c: Color) {
    match c {
        Red | Green => {}
        Custom(0, _, _) => {}
    }
}
