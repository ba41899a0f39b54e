mod shapes;
mod util;

use shapes::circle::Circle;
use shapes::Shape;

fn main() {
    let c = Circle::new(2.0);
    let r = shapes::rect::Rect { w: 3.0, h: 4.0 };
    println!("{}", util::banner("shapes"));
    println!("{:.2}", c.area());
    println!("{:.2}", r.area());
    println!("{}", shapes::count());
    println!("{}", util::checked_div(10, 2));
    println!("{}", util::checked_div(1, 0));
}
