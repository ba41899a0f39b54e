mod util {
    pub fn helper() -> i32 {
        7
    }
}

use util::helpr;

fn main() {
    println!("{}", helpr());
}
