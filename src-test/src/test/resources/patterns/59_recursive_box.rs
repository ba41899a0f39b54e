enum List {
    Nil,
    Cons(i32, Box<List>),
}

fn f(l: List) {
    match l {
        List::Nil => {}
    }
}
