// A robot on a grid: Copy enums with derived Ord, a command interpreter returning Result, closures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Dir { N, E, S, W }
impl Dir {
    fn turn_right(self) -> Dir { match self { Dir::N => Dir::E, Dir::E => Dir::S, Dir::S => Dir::W, Dir::W => Dir::N } }
    fn delta(self) -> (i32, i32) { match self { Dir::N => (0, -1), Dir::E => (1, 0), Dir::S => (0, 1), Dir::W => (-1, 0) } }
}
struct Robot { x: i32, y: i32, dir: Dir, log: Vec<String> }
impl Robot {
    fn new() -> Self { Robot { x: 0, y: 0, dir: Dir::N, log: Vec::new() } }
    fn exec(&mut self, cmds: &str) -> Result<(), String> {
        for (i, c) in cmds.chars().enumerate() {
            match c {
                'R' => self.dir = self.dir.turn_right(),
                'L' => { for _ in 0..3 { self.dir = self.dir.turn_right(); } }
                'F' => { let (dx, dy) = self.dir.delta(); self.x += dx; self.y += dy; }
                d if d.is_ascii_digit() => {
                    let n = d.to_digit(10).unwrap() as i32;
                    let (dx, dy) = self.dir.delta();
                    self.x += dx * n; self.y += dy * n;
                }
                other => return Err(format!("bad command {:?} at {}", other, i)),
            }
            self.log.push(format!("{}:{:?}@({},{})", c, self.dir, self.x, self.y));
        }
        Ok(())
    }
}
fn main() {
    let mut r = Robot::new();
    println!("{:?}", r.exec("FFRFF3L2"));
    println!("{} {} {:?} {}", r.x, r.y, r.dir, r.log.len());
    println!("{}", r.log.join(" "));
    println!("{:?}", r.exec("FX"));
    let mut dirs = vec![Dir::W, Dir::N, Dir::S, Dir::E, Dir::N];
    dirs.sort();
    dirs.dedup();
    println!("{:?} {:?} {:?}", dirs, Dir::S > Dir::E, dirs.iter().max());
    let manhattan = |a: (i32, i32), b: (i32, i32)| (a.0 - b.0).abs() + (a.1 - b.1).abs();
    println!("{}", manhattan((r.x, r.y), (0, 0)));
    let s = String::from("racecar");
    let is_pal = s.chars().rev().collect::<String>() == s;
    println!("{} {}", is_pal, s.chars().rev().collect::<String>() == "racecar");
    let v: Vec<u32> = (1..=20).filter(|n| n % 3 == 0).map(|n| n * n).take_while(|&n| n < 300).collect();
    println!("{:?} {} {:?}", v, v.iter().any(|&x| x == 81), v.iter().rev().position(|&x| x > 100));
    let text = "a=1;b=22;c=333";
    let parsed: Vec<(&str, usize)> = text.split(';').filter_map(|kv| { let mut it = kv.split('='); Some((it.next()?, it.next()?.len())) }).collect();
    println!("{:?}", parsed);
    let mut arr = [5, 1, 4, 2, 3];
    arr.sort_by(|a, b| b.cmp(a));
    println!("{:?} {:?} {}", arr, arr.iter().min_by_key(|&&x| (x as i32 - 3).abs()), arr.contains(&4));
}
