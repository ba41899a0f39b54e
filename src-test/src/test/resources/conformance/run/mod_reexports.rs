mod engine {
    mod parts {
        pub struct Piston {
            pub size: u32,
        }

        pub fn make(size: u32) -> Piston {
            Piston { size }
        }

        pub const MAX: u32 = 8;
    }

    pub mod api {
        pub use super::parts::make as build_piston;
        pub use super::parts::{Piston, MAX};
    }

    pub use self::api::*;

    pub fn total(ps: &[Piston]) -> u32 {
        let mut t = 0;
        for p in ps {
            t += p.size;
        }
        t
    }
}

pub mod prelude {
    pub use crate::engine::api::{build_piston, Piston};
    pub use crate::engine::total;
}

use prelude::*;

fn main() {
    let a = build_piston(3);
    let b: Piston = engine::build_piston(4);
    let c = engine::api::Piston { size: engine::MAX };
    println!("{}", total(&[a, b, c]));
    println!("{}", engine::api::MAX);
}
