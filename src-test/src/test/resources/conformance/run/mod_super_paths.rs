const LEVEL: u32 = 0;

mod a {
    pub const LEVEL: u32 = 1;

    fn secret() -> u32 {
        100
    }

    pub mod b {
        pub const LEVEL: u32 = 2;

        pub(super) fn to_parent() -> u32 {
            super::secret() + self::LEVEL
        }

        pub(crate) fn crate_wide() -> u32 {
            super::super::LEVEL + super::LEVEL + LEVEL
        }

        pub(in crate::a) fn only_in_a() -> u32 {
            7
        }

        pub mod c {
            pub fn depth() -> u32 {
                super::super::super::LEVEL + super::LEVEL * 10 + crate::a::LEVEL * 100
            }

            pub fn call_up() -> u32 {
                super::only_in_a() + super::super::secret()
            }
        }
    }

    pub fn use_child() -> u32 {
        b::to_parent() + b::only_in_a()
    }
}

fn main() {
    println!("{}", a::use_child());
    println!("{}", a::b::crate_wide());
    println!("{}", a::b::c::depth());
    println!("{}", crate::a::b::c::call_up());
    println!("{}", self::LEVEL + crate::LEVEL);
}
