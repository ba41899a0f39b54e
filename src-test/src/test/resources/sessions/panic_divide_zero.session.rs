// Division by zero and a remainder by zero panic at run time; a later cell still sees the data.
// -- cell
let total = 120;
let mut groups = 0;
// -- cell: expect-panic
let per_group = total / groups;
// -- cell
groups = 4;
total / groups
// -- cell: expect-error E0425
per_group
// -- cell
let zero = groups - 4;
// -- cell: expect-panic
println!("{}", total % zero);
// -- cell
(total, groups, zero)
