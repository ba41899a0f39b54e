fn f(v: Option<Option<bool>>) {
    let None = v;
}
