fn finish(code: i32) -> ! {
    println!("finishing");
    std::process::exit(code)
}

fn main() {
    let mut i = 0;
    loop {
        i += 1;
        if i == 4 {
            finish(0);
        }
    }
}
