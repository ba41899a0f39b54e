// Redefinition: a later cell defines a function of the same name; later calls, also calls from
// functions of earlier cells, use the newest definition. (Earlier cells only printed values, so
// replaying them with the new definition would not change any session variable.)
// -- cell
fn greet(name: &str) -> String {
    format!("Hello, {}", name)
}
fn welcome(name: &str) -> String {
    greet(name) + "!"
}
// -- cell
welcome("Ana")
// -- cell
fn greet(name: &str) -> String {
    format!("Howdy, {}", name)
}
// -- cell
greet("Bo")
// -- cell
welcome("Cy")
// -- cell
struct Version(u32);
const CURRENT: u32 = 1;
// -- cell
const CURRENT: u32 = 2;
Version(CURRENT).0
