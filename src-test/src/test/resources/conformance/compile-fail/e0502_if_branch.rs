fn main() {
    let mut names = vec![String::from("ann"), String::from("bob")];
    let longest = &names[0];
    if longest.len() > 2 {
        names.push(String::from("cy"));
    }
    println!("{}", longest);
}
