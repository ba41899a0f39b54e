#[derive(Debug, Clone, PartialEq)]
struct Person {
    name: String,
    tags: Vec<String>,
    age: u32,
}

#[derive(Debug, Clone)]
enum Msg {
    Text(String),
    Pair(i32, i32),
    Empty,
}

fn main() {
    let a = Person { name: String::from("Ann"), tags: vec![String::from("x"), String::from("y")], age: 30 };
    let mut b = a.clone();
    b.name.push_str(" B");
    b.tags.push(String::from("z"));
    b.age += 1;
    println!("{:?}", a);
    println!("{:?}", b);
    println!("{}", a == b);
    let s = String::from("hello");
    let t = s.clone();
    println!("{} {}", s, t);
    let v = vec![1, 2, 3];
    let mut w = v.clone();
    w.push(4);
    println!("{:?} {:?}", v, w);
    let m = Msg::Text(String::from("hi"));
    let n = m.clone();
    println!("{:?} {:?} {:?} {:?}", m, n, Msg::Pair(1, 2).clone(), Msg::Empty.clone());
    let r = &s;
    let owned: String = r.clone();
    println!("{}", owned);
    let opt = Some(String::from("o"));
    println!("{:?}", opt.clone());
    let bx = Box::new(vec![1u8]);
    let by = bx.clone();
    println!("{:?} {:?}", bx, by);
    let tup = (1, String::from("t"));
    println!("{:?}", tup.clone());
}
