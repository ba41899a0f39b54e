// A trait defined in one cell, a type in another, the impl in a third; a generic function uses it.
// -- cell
trait Describe {
    fn describe(&self) -> String;

    fn shout(&self) -> String {
        self.describe().to_uppercase()
    }
}
// -- cell
struct Dog {
    name: String,
}
struct Cat;
// -- cell
impl Describe for Dog {
    fn describe(&self) -> String {
        format!("{} the dog", self.name)
    }
}
// -- cell
let rex = Dog { name: String::from("Rex") };
rex.describe()
// -- cell: expect-error E0599
Cat.describe()
// -- cell
impl Describe for Cat {
    fn describe(&self) -> String {
        String::from("a cat")
    }
}
// -- cell
fn introduce<T: Describe>(x: &T) {
    println!("Meet {}.", x.describe());
}
introduce(&rex);
introduce(&Cat);
// -- cell
Cat.shout()
