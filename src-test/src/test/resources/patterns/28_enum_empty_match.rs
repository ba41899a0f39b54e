enum Dir { N, E, S, W, U }

fn f(d: Dir) {
    match d {}
}
