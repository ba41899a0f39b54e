fn f(c: char) {
    match c {
        '\0'..='a' => {}
        'c'..='\u{10ffff}' => {}
    }
}
