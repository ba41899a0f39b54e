#[derive(Debug, PartialEq)]
enum BankError {
    Insufficient { needed: u64, available: u64 },
    UnknownAccount(u32),
    Frozen,
}

#[derive(Debug)]
struct Account {
    id: u32,
    balance: u64,
    frozen: bool,
}

fn find(accounts: &[Account], id: u32) -> Option<usize> {
    for i in 0..accounts.len() {
        if accounts[i].id == id {
            return Some(i);
        }
    }
    None
}

fn withdraw(accounts: &mut [Account], id: u32, amount: u64) -> Result<u64, BankError> {
    let idx = find(accounts, id).ok_or(BankError::UnknownAccount(id))?;
    let acc = &mut accounts[idx];
    if acc.frozen {
        return Err(BankError::Frozen);
    }
    if acc.balance < amount {
        return Err(BankError::Insufficient { needed: amount, available: acc.balance });
    }
    acc.balance -= amount;
    Ok(acc.balance)
}

fn first_even(v: &[i32]) -> Option<i32> {
    let i = position_even(v)?;
    Some(v[i] * 10)
}

fn position_even(v: &[i32]) -> Option<usize> {
    for i in 0..v.len() {
        if v[i] % 2 == 0 {
            return Some(i);
        }
    }
    None
}

fn main() {
    let mut accounts = [
        Account { id: 1, balance: 100, frozen: false },
        Account { id: 2, balance: 5, frozen: true },
    ];
    println!("{:?}", withdraw(&mut accounts, 1, 30));
    println!("{:?}", withdraw(&mut accounts, 1, 300));
    println!("{:?}", withdraw(&mut accounts, 2, 1));
    println!("{:?}", withdraw(&mut accounts, 9, 1));
    println!("{:#?}", accounts[0]);
    println!("{:?} {:?}", first_even(&[1, 3, 4]), first_even(&[1, 3]));
    let r: Result<u64, BankError> = Err(BankError::Frozen);
    println!("{}", r.is_err());
    if let Err(e) = withdraw(&mut accounts, 1, 1000) {
        println!("error: {:?}", e);
    }
    let x: Option<i32> = None;
    println!("{}", x.unwrap_or(7));
    println!("{:?}", Some(3).and(Some("x")));
    println!("{:?}", withdraw(&mut accounts, 2, 1).unwrap());
}
