fn f(c: char) {
    match c {
        '\0'..='\u{d7ff}' | '\u{e000}'..='\u{10ffff}' => {}
        _ => {}
    }
}
