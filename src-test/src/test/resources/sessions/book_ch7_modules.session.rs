// Teaching session following the Rust Book, chapter 7: modules, pub, paths and use.
// -- cell
mod front_of_house {
    pub mod hosting {
        pub fn add_to_waitlist() -> String {
            String::from("added to waitlist")
        }

        fn seat_at_table() {}
    }
}
// -- cell
front_of_house::hosting::add_to_waitlist()
// -- cell: expect-error E0603
front_of_house::hosting::seat_at_table()
// -- cell
mod back_of_house {
    #[derive(Debug)]
    pub struct Breakfast {
        pub toast: String,
        seasonal_fruit: String,
    }

    impl Breakfast {
        pub fn summer(toast: &str) -> Breakfast {
            Breakfast {
                toast: String::from(toast),
                seasonal_fruit: String::from("peaches"),
            }
        }
    }

    #[derive(Debug)]
    pub enum Appetizer {
        Soup,
        Salad,
    }
}
// -- cell
let mut meal = back_of_house::Breakfast::summer("Rye");
meal.toast = String::from("Wheat");
println!("I'd like {} toast please", meal.toast);
// -- cell: expect-error E0616
meal.seasonal_fruit
// -- cell
use back_of_house::Appetizer;
(Appetizer::Soup, Appetizer::Salad)
// -- cell
use front_of_house::hosting;
hosting::add_to_waitlist().len()
