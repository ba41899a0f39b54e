// Cells whose items and statements share lines, with comments and indentation: locations are
// given relative to the cell, with the columns the user typed.
// -- cell
fn one() -> i32 { 1 } let a = one(); // an item and a statement on one line
// -- cell
// a cell with only a comment runs nothing
// -- cell
let b = a + 1; let c = b * 10; /* a block comment */ c
// -- cell: expect-panic
fn pick(v: &[i32], i: usize) -> i32 { v[i] }   let w = vec![1];   pick(&w, 3)
// -- cell

    let indented = a + c;

    indented
// -- cell: expect-error E0308
let t = 1;   let s: &str = t;
// -- cell
#[derive(Debug)] struct Tag(u8); let tag = Tag(b'x'); tag
// -- cell
pick(&[4, 5, 6], 2) + one()
