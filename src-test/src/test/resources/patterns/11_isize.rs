fn f(i: isize) {
    match i {
        0 => {}
    }
    match i {
        isize::MIN..=isize::MAX => {}
    }
    match i {
        ..0 => {}
        0.. => {}
    }
}
