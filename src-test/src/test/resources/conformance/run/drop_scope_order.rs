// The Rust Book, chapter 15.3: running code on cleanup with the Drop trait.
struct CustomSmartPointer {
    data: String,
}

impl Drop for CustomSmartPointer {
    fn drop(&mut self) {
        println!("Dropping CustomSmartPointer with data `{}`!", self.data);
    }
}

struct Guard {
    name: &'static str,
    level: u32,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("{}leaving {}", "  ".repeat(self.level as usize), self.name);
    }
}

fn nested(level: u32) {
    let _g = Guard { name: "nested", level };
    if level < 3 {
        nested(level + 1);
    }
    println!("{}bottom of nested({})", "  ".repeat(level as usize), level);
}

fn early_return(flag: bool) -> i32 {
    let _a = Guard { name: "a in early_return", level: 1 };
    if flag {
        let _b = Guard { name: "b in early_return", level: 1 };
        return 1;
    }
    let _c = Guard { name: "c in early_return", level: 1 };
    2
}

fn main() {
    let c = CustomSmartPointer {
        data: String::from("my stuff"),
    };
    let d = CustomSmartPointer {
        data: String::from("other stuff"),
    };
    println!("CustomSmartPointers created.");
    {
        let _e = CustomSmartPointer { data: String::from("inner") };
        println!("inner block");
    }
    let early = CustomSmartPointer { data: String::from("some data") };
    println!("CustomSmartPointer created.");
    drop(early);
    println!("CustomSmartPointer dropped before the end of main.");
    std::mem::drop(d);
    nested(1);
    println!("early_return(true) = {}", early_return(true));
    println!("early_return(false) = {}", early_return(false));
    for i in 0..3 {
        let _g = Guard { name: "loop body", level: 1 };
        if i == 1 {
            println!("continue at {}", i);
            continue;
        }
        println!("iteration {}", i);
    }
    let mut n = 0;
    loop {
        let _g = Guard { name: "loop", level: 1 };
        n += 1;
        if n == 2 {
            break;
        }
    }
    println!("end of main with {}", c.data);
}
