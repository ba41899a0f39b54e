// Slicing a string inside a multi-byte character panics with rustc's message.

fn main() {
    let name = String::from("Zoë Ångström");
    let cut = 3;
    println!("{}", &name[..cut - 1]);
    println!("{}", &name[cut..]);
}
