// Reborrows of a `&mut` in loops and calls: each one ends before the next.
fn push_twice(v: &mut Vec<i32>, x: i32) {
    v.push(x);
    v.push(x * 2);
}

fn bump_all(v: &mut Vec<i32>) {
    for i in 0..3 {
        push_twice(v, i);
    }
    for x in v.iter_mut() {
        *x += 1;
    }
    v.push(100);
}

fn main() {
    let mut v = Vec::new();
    bump_all(&mut v);
    let r = &mut v;
    for _ in 0..2 {
        let rr = &mut *r;
        rr.push(7);
        r.push(8);
    }
    r.push(9);
    println!("{:?}", v);

    let mut total = 0;
    let t = &mut total;
    for i in 1..=4 {
        *t += i;
    }
    println!("{}", total);

    let mut stack = vec![1, 2, 3];
    while let Some(top) = stack.pop() {
        if top == 2 {
            stack.push(10);
            stack.push(20);
            stack.retain(|&x| x != 20);
        }
        println!("popped {}", top);
    }
}
