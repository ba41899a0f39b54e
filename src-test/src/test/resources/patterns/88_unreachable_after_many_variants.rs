enum Dir { N, E, S, W, U, D }

fn f(d: Dir) {
    match d {
        Dir::N => {}
        Dir::E => {}
        Dir::S => {}
        Dir::W => {}
        Dir::U => {}
        Dir::D => {}
        _ => {}
    }
}
