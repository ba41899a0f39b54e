// Macros in item position generating structs, impls, trait impls and functions, including several items at once.
trait Shape {
    fn area(&self) -> f64;
    fn name(&self) -> String;
}

macro_rules! shape {
    ($name:ident { $($field:ident),* } => $area:expr) => {
        #[derive(Debug, Clone, Copy)]
        struct $name {
            $($field: f64),*
        }

        impl Shape for $name {
            fn area(&self) -> f64 {
                let $name { $($field),* } = *self;
                $area
            }
            fn name(&self) -> String {
                String::from(stringify_name(stringify_kind::$name))
            }
        }
    };
}

mod stringify_kind {
    pub const Rect: &str = "Rect";
    pub const Circle: &str = "Circle";
}

fn stringify_name(s: &str) -> &str {
    s
}

shape!(Rect { w, h } => w * h);
shape!(Circle { r } => 3.0 * r * r);

macro_rules! getters {
    ($t:ty; $($field:ident : $ft:ty),*) => {
        impl Point {
            $(pub fn $field(&self) -> $ft { self.$field })*
        }
    };
}

#[derive(Debug)]
struct Point {
    x: i32,
    y: i32,
}

getters!(Point; x: i32, y: i32);

macro_rules! constants {
    ($($name:ident = $v:expr;)*) => {
        $(const $name: i32 = $v;)*
    };
}

constants! {
    ONE = 1;
    TWO = ONE + 1;
    THREE = TWO + ONE;
}

#[macro_export]
macro_rules! exported {
    () => { "exported macro" };
}

fn show<S: Shape>(s: &S) {
    println!("{} has area {:.2}", s.name(), s.area());
}

fn main() {
    show(&Rect { w: 2.0, h: 3.5 });
    show(&Circle { r: 2.0 });
    let p = Point { x: 3, y: -4 };
    println!("{:?}: x={} y={}", p, p.x(), p.y());
    println!("{} {} {}", ONE, TWO, THREE);
    println!("{}", exported!());
    println!("{}", crate::exported!());
}
