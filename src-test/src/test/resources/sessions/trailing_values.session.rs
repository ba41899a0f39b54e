// Trailing expressions of many types are shown with {:?}; a unit value shows nothing.
// -- cell
42
// -- cell
-7i64
// -- cell
255u8 as char
// -- cell
1.5 * 3.0
// -- cell
1.0f32 / 3.0
// -- cell
String::from("owned")
// -- cell
"borrowed \"quoted\"\n"
// -- cell
vec![Some(1), None, Some(3)]
// -- cell
(1, 'a', true, "x", 2.0)
// -- cell
#[derive(Debug)]
struct Unit;
#[derive(Debug)]
struct Pair(i32, &'static str);
#[derive(Debug)]
struct Named { id: u32, tags: Vec<String> }
(Unit, Pair(1, "one"), Named { id: 7, tags: vec![String::from("t")] })
// -- cell
let r: Result<i32, String> = Err(String::from("bad"));
r
// -- cell
println!("printing returns ()")
