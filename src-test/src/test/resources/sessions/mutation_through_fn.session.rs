// Functions that take &mut to session variables; the mutations are visible in later cells.
// -- cell
let mut stack: Vec<char> = Vec::new();
let mut depth = 0usize;
fn push_all(stack: &mut Vec<char>, s: &str) {
    for c in s.chars() {
        stack.push(c);
    }
}
// -- cell
push_all(&mut stack, "abc");
stack
// -- cell
fn bump(d: &mut usize) {
    *d += 1;
}
bump(&mut depth);
bump(&mut depth);
depth
// -- cell
stack.pop()
// -- cell
let top = stack.last().copied();
(top, stack.len())
// -- cell: expect-error E0596
let frozen = vec![1];
frozen.push(2);
// -- cell
fn swap_ends(v: &mut Vec<char>) {
    let n = v.len();
    v.swap(0, n - 1);
}
swap_ends(&mut stack);
stack
