// Teaching session following the Rust Book, chapter 6: enums, Option, match, if let.
// -- cell
#[derive(Debug)]
enum IpAddr {
    V4(u8, u8, u8, u8),
    V6(String),
}
let home = IpAddr::V4(127, 0, 0, 1);
let loopback = IpAddr::V6(String::from("::1"));
// -- cell
home
// -- cell
#[derive(Debug)]
enum UsState {
    Alabama,
    Alaska,
}
enum Coin {
    Penny,
    Nickel,
    Dime,
    Quarter(UsState),
}
fn value_in_cents(coin: Coin) -> u8 {
    match coin {
        Coin::Penny => {
            println!("Lucky penny!");
            1
        }
        Coin::Nickel => 5,
        Coin::Dime => 10,
        Coin::Quarter(state) => {
            println!("State quarter from {state:?}!");
            25
        }
    }
}
// -- cell
value_in_cents(Coin::Penny)
// -- cell
value_in_cents(Coin::Quarter(UsState::Alaska))
// -- cell
fn plus_one(x: Option<i32>) -> Option<i32> {
    match x {
        None => None,
        Some(i) => Some(i + 1),
    }
}
let five = Some(5);
(plus_one(five), plus_one(None))
// -- cell
if let IpAddr::V6(addr) = &loopback {
    println!("v6 address {addr}");
}
// -- cell: expect-error E0004
match home {
    IpAddr::V4(a, ..) => a,
}
// -- cell
let config_max = Some(3u8);
if let Some(max) = config_max {
    println!("The maximum is configured to be {max}");
}
value_in_cents(Coin::Dime) + value_in_cents(Coin::Nickel)
