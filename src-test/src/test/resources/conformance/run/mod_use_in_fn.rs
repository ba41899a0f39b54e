mod math {
    pub fn double(x: i32) -> i32 {
        x * 2
    }

    pub fn square(x: i32) -> i32 {
        x * x
    }

    pub mod consts {
        pub const TEN: i32 = 10;
    }
}

mod text {
    pub fn shout(s: &str) -> String {
        let mut out = String::from(s);
        out.push('!');
        out
    }
}

fn compute() -> i32 {
    use math::{double, square};
    use math::consts::TEN as T;
    double(T) + square(3)
}

fn main() {
    println!("{}", compute());
    {
        use text::shout;
        println!("{}", shout("hey"));
    }
    let f = {
        use math::double as twice;
        twice(21)
    };
    println!("{}", f);
    use math::consts;
    println!("{}", consts::TEN);
}
