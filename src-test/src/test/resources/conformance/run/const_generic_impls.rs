// Impls over arrays of every length: `const N: usize` bound by the array type, usable as a value in the body.
trait Describe {
    fn describe(&self) -> String;
}

impl<T: std::fmt::Debug, const N: usize> Describe for [T; N] {
    fn describe(&self) -> String {
        format!("{} items: {:?}", N, self)
    }
}

trait Total {
    fn total(&self) -> i32;
}

impl<const N: usize> Total for [i32; N] {
    fn total(&self) -> i32 {
        let mut s = 0;
        for x in self {
            s += x;
        }
        s * N as i32
    }
}

fn main() {
    println!("{}", [1, 2, 3].describe());
    println!("{}", ["a"].describe());
    println!("{}", [4, 5].total());
    let v: Vec<i32> = [7; 4].into_iter().collect();
    println!("{:?}", v);
}
