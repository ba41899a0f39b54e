// unwrap() on None panics in the middle of a session; earlier variables are still readable.
// -- cell
let names = vec!["ada", "grace", "linus"];
fn find(names: &[&str], prefix: char) -> Option<usize> {
    names.iter().position(|n| n.starts_with(prefix))
}
// -- cell
find(&names, 'g')
// -- cell: expect-panic
let i = find(&names, 'z').unwrap();
println!("found at {}", i);
// -- cell
names.len()
// -- cell: expect-panic
let pos: Option<usize> = None;
pos.expect("no such name")
// -- cell
find(&names, 'l').map(|i| names[i].to_uppercase())
