mod bank {
    #[derive(Debug)]
    pub enum TxError {
        Insufficient { needed: u64, available: u64 },
        Frozen,
    }

    pub struct Account {
        pub owner: String,
        balance: u64,
        frozen: bool,
        history: Vec<i64>,
    }

    impl Account {
        pub fn open(owner: &str, initial: u64) -> Account {
            let mut a = Account { owner: String::from(owner), balance: 0, frozen: false, history: Vec::new() };
            a.record(initial as i64);
            a.balance = initial;
            a
        }

        fn record(&mut self, amount: i64) {
            self.history.push(amount);
        }

        pub fn balance(&self) -> u64 {
            self.balance
        }

        pub fn deposit(&mut self, amount: u64) -> Result<u64, TxError> {
            if self.frozen {
                return Err(TxError::Frozen);
            }
            self.balance += amount;
            self.record(amount as i64);
            Ok(self.balance)
        }

        pub fn withdraw(&mut self, amount: u64) -> Result<u64, TxError> {
            if self.frozen {
                return Err(TxError::Frozen);
            }
            if amount > self.balance {
                return Err(TxError::Insufficient { needed: amount, available: self.balance });
            }
            self.balance -= amount;
            self.record(-(amount as i64));
            Ok(self.balance)
        }

        pub fn freeze(&mut self) {
            self.frozen = true;
        }

        pub fn transactions(&self) -> usize {
            self.history.len()
        }
    }

    pub fn transfer(from: &mut Account, to: &mut Account, amount: u64) -> Result<(), TxError> {
        from.withdraw(amount)?;
        to.deposit(amount)?;
        Ok(())
    }
}

use bank::{transfer, Account, TxError};

fn main() {
    let mut alice = Account::open("alice", 100);
    let mut bob = bank::Account::open("bob", 20);
    println!("{} {}", alice.owner, alice.balance());
    match transfer(&mut alice, &mut bob, 30) {
        Ok(()) => println!("moved 30: {} {}", alice.balance(), bob.balance()),
        Err(e) => println!("failed: {:?}", e),
    }
    match transfer(&mut bob, &mut alice, 500) {
        Ok(()) => println!("moved 500"),
        Err(TxError::Insufficient { needed, available }) => println!("need {} have {}", needed, available),
        Err(e) => println!("other: {:?}", e),
    }
    bob.freeze();
    if let Err(e) = bob.deposit(1) {
        println!("{:?}", e);
    }
    println!("{} {}", alice.transactions(), bob.transactions());
}
