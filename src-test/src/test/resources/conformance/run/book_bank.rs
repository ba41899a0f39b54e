// Bank ledger with an error enum, Result, ?, impl Display, match
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
enum BankError {
    InsufficientFunds { needed: u64, available: u64 },
    AccountNotFound(u32),
    Frozen,
}

impl fmt::Display for BankError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            BankError::InsufficientFunds { needed, available } => {
                write!(f, "need {} but only {} available", needed, available)
            }
            BankError::AccountNotFound(id) => write!(f, "account {} not found", id),
            BankError::Frozen => write!(f, "account is frozen"),
        }
    }
}

#[derive(Debug)]
struct Account {
    id: u32,
    owner: String,
    balance: u64,
    frozen: bool,
}

struct Bank {
    accounts: Vec<Account>,
}

impl Bank {
    fn new() -> Self {
        Bank { accounts: Vec::new() }
    }

    fn open(&mut self, owner: &str, initial: u64) -> u32 {
        let id = self.accounts.len() as u32 + 100;
        self.accounts.push(Account { id, owner: String::from(owner), balance: initial, frozen: false });
        id
    }

    fn find(&mut self, id: u32) -> Result<&mut Account, BankError> {
        for acc in self.accounts.iter_mut() {
            if acc.id == id {
                return Ok(acc);
            }
        }
        Err(BankError::AccountNotFound(id))
    }

    fn withdraw(&mut self, id: u32, amount: u64) -> Result<u64, BankError> {
        let acc = self.find(id)?;
        if acc.frozen {
            return Err(BankError::Frozen);
        }
        if acc.balance < amount {
            return Err(BankError::InsufficientFunds { needed: amount, available: acc.balance });
        }
        acc.balance -= amount;
        Ok(acc.balance)
    }

    fn deposit(&mut self, id: u32, amount: u64) -> Result<u64, BankError> {
        let acc = self.find(id)?;
        acc.balance += amount;
        Ok(acc.balance)
    }

    fn transfer(&mut self, from: u32, to: u32, amount: u64) -> Result<(), BankError> {
        self.find(to)?;
        self.withdraw(from, amount)?;
        self.deposit(to, amount)?;
        Ok(())
    }
}

fn main() {
    let mut bank = Bank::new();
    let alice = bank.open("Alice", 500);
    let bob = bank.open("Bob", 50);
    println!("opened {} and {}", alice, bob);

    match bank.withdraw(alice, 120) {
        Ok(left) => println!("alice withdrew 120, left {}", left),
        Err(e) => println!("error: {}", e),
    }
    match bank.withdraw(bob, 120) {
        Ok(left) => println!("bob withdrew 120, left {}", left),
        Err(e) => println!("error: {}", e),
    }
    if let Err(e) = bank.transfer(alice, 999, 10) {
        println!("transfer failed: {} / {:?}", e, e);
    }
    bank.transfer(alice, bob, 200).unwrap();
    bank.find(bob).unwrap().frozen = true;
    let r = bank.withdraw(bob, 1);
    println!("{:?}", r);
    assert_eq!(r, Err(BankError::Frozen));
    for acc in &bank.accounts {
        println!("{:>4} {:<8} {:>6} {}", acc.id, acc.owner, acc.balance, if acc.frozen { "F" } else { "-" });
    }
    println!("{:#?}", bank.accounts[0]);
}
