// Temporaries are dropped at the end of their statement; `let _ =` drops a value at once.
struct Loud(&'static str);

impl Loud {
    fn name(&self) -> &'static str {
        self.0
    }
}

impl Drop for Loud {
    fn drop(&mut self) {
        println!("drop {}", self.0);
    }
}

fn make(name: &'static str) -> Loud {
    Loud(name)
}

fn pick(flag: bool) -> Option<Loud> {
    if flag { Some(Loud("picked")) } else { None }
}

fn main() {
    make("discarded");
    println!("after discarded");
    let n = make("temporary").name();
    println!("got name {}", n);
    let _ = make("underscore");
    println!("after underscore");
    let _kept = make("kept");
    println!("after kept");
    match pick(true) {
        Some(l) => println!("matched {}", l.name()),
        None => println!("nothing"),
    }
    println!("after match");
    if let Some(l) = pick(true) {
        println!("if let got {}", l.name());
    }
    match pick(true) {
        Some(_) => println!("some, not bound"),
        None => println!("none"),
    }
    println!("after unbound match");
    let len = make("for len").name().len();
    println!("len {}", len);
    let (first, _) = (make("first"), make("second"));
    println!("destructured {}", first.name());
    let shadow = make("shadow 1");
    let shadow = make(if shadow.name().len() > 3 { "shadow 2" } else { "x" });
    println!("shadow is {}", shadow.name());
    println!("end of main");
}
