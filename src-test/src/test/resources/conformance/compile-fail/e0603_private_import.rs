mod store {
    struct Secret {
        code: u32,
    }

    pub mod shelf {
        pub const SIZE: usize = 4;
        static COUNT: usize = 2;
    }
}

use store::Secret;
use store::shelf::{COUNT, SIZE};

fn main() {
    println!("{}", SIZE + COUNT);
}
