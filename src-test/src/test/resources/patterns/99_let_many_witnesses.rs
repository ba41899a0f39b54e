enum Dir { N, E, S, W, U }

fn f(d: Dir) {
    let Dir::N = d;
}
