fn f(c: char) {
    match c {
        'a'..='z' => {}
    }
}
