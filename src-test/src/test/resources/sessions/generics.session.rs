// Generic functions and structs defined in one cell and instantiated with several types later.
// -- cell
fn largest<T: PartialOrd + Copy>(list: &[T]) -> T {
    let mut largest = list[0];
    for &item in list {
        if item > largest {
            largest = item;
        }
    }
    largest
}
// -- cell
largest(&[34, 50, 25, 100, 65])
// -- cell
largest(&['y', 'm', 'a', 'q'])
// -- cell
#[derive(Debug)]
struct Pair<T> {
    x: T,
    y: T,
}
impl<T: PartialOrd + std::fmt::Display> Pair<T> {
    fn cmp_display(&self) {
        if self.x >= self.y {
            println!("The largest member is x = {}", self.x);
        } else {
            println!("The largest member is y = {}", self.y);
        }
    }
}
// -- cell
let p = Pair { x: 5, y: 10 };
p.cmp_display();
// -- cell
let q = Pair { x: "b", y: "a" };
q.cmp_display();
q
// -- cell
largest(&[1.5, -2.0, 0.25])
// -- cell: expect-error E0308
Pair { x: 1, y: "one" }
