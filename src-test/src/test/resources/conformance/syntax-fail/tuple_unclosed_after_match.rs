fn main() {
    let s = String::from("hi");
    match s.as_str() {
        "hi" => println!("greeting"),
        _ => println!("other")
    };
    let t = (1, 2, 3;
}
