// Calling a method that does not exist (E0599) in the middle of a session; the session goes on.
// -- cell
#[derive(Debug)]
struct Counter {
    n: u32,
}
impl Counter {
    fn tick(&mut self) {
        self.n += 1;
    }
}
let mut c = Counter { n: 0 };
// -- cell
c.tick();
c.tick();
c
// -- cell: expect-error E0599
c.reset();
// -- cell: expect-error E0599
let v = vec![1, 2, 3];
v.length()
// -- cell
c.tick();
c.n
// -- cell
impl Counter {
    fn reset(&mut self) {
        self.n = 0;
    }
}
c.reset();
c
