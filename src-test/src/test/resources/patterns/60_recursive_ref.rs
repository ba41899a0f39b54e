enum T {
    Leaf,
    Node(&'static T),
}

fn f(t: T) {
    match t {
        T::Leaf => {}
        T::Node(T::Leaf) => {}
    }
}
