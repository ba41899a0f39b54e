// Typos in names (E0425) fail a cell; nothing of the failed cell is kept, earlier state is intact.
// -- cell
let apples = 5;
let pears = 7;
// -- cell: expect-error E0425
let fruit = apples + pairs;
// -- cell: expect-error E0425
fruit
// -- cell
let fruit = apples + pears;
fruit
// -- cell: expect-error E0425
fn total_fruit() -> i32 {
    apples + pears
}
// -- cell
fn total_fruit(apples: i32, pears: i32) -> i32 {
    apples + pears
}
total_fruit(apples, pears) * 2
// -- cell: expect-error E0425
prnt(fruit);
// -- cell
fruit - 2
