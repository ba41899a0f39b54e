fn main() {
    let name = 7;
    let width = 3;
    println!("{0} {1} {0} {name}", 1, 2);
    println!("{a} {b} {a}", a = 10, b = 20);
    println!("[{:>8}] [{:<8}] [{:^8}] [{:*^9}] [{:-<5}]", 42, 42, 42, 42, 7);
    println!("[{:>6}] [{:<6}] [{:^7}]", true, false, 'z');
    println!("[{:08}] [{:+08}] [{:+}] [{:#010x}] [{:#06b}]", -42, 42, 0, 255, 5);
    println!("{{}} {{{}}} }}{{", width);
    println!("{:?} {:?} {:?}", "tab\there", "quote\"s and 'single'", "back\\slash\u{7f}");
    println!("{:?} {:?} {:?} {:?} {:?}", '\n', '\'', '"', '\\', '\u{0}');
    println!("{:>5}|{:<5}|{:^5}", 'é', "ü", "日本");
    println!("{:5}|{:<5}|", "ab", 12);
    println!("{:?}", ());
    print!("no newline");
    print!(" then ");
    println!("newline");
    println!();
    println!("{}", "literal with {braces}");
}
