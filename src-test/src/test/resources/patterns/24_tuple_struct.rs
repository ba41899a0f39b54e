struct Pt(u8, bool);

fn f(p: Pt) {
    match p {
        Pt(0, _) => {}
        Pt(_, true) => {}
    }
}
