mod bank {
    pub struct Account {
        pub owner: String,
        balance: i64,
    }

    impl Account {
        pub fn open(owner: &str) -> Account {
            Account { owner: String::from(owner), balance: 0 }
        }
    }
}

fn main() {
    let a = bank::Account::open("ann");
    println!("{} has {}", a.owner, a.balance);
}
