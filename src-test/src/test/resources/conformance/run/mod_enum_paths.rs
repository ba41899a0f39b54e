mod traffic {
    #[derive(Debug, Clone, Copy, PartialEq)]
    pub enum Light {
        Red,
        Yellow,
        Green,
    }

    pub enum Command {
        Wait(u32),
        Go { speed: u32 },
        Stop,
    }

    impl Light {
        pub fn next(self) -> Light {
            match self {
                Light::Red => Light::Green,
                Light::Green => Light::Yellow,
                Light::Yellow => Light::Red,
            }
        }
    }

    pub fn command(l: Light) -> Command {
        use self::Command::*;
        match l {
            Light::Red => Stop,
            Light::Yellow => Wait(3),
            Light::Green => Go { speed: 50 },
        }
    }
}

use traffic::Light::{self, Green, Red};

fn show(c: &traffic::Command) -> String {
    match c {
        traffic::Command::Wait(n) => format!("wait {}", n),
        traffic::Command::Go { speed } => format!("go at {}", speed),
        traffic::Command::Stop => String::from("stop"),
    }
}

fn main() {
    let mut l = Red;
    for _ in 0..4 {
        println!("{:?}: {}", l, show(&traffic::command(l)));
        l = l.next();
    }
    println!("{}", l == Green);
    println!("{}", traffic::Light::Yellow == Light::Yellow);
    let c = crate::traffic::Command::Go { speed: 80 };
    if let traffic::Command::Go { speed } = c {
        println!("{}", speed);
    }
}
