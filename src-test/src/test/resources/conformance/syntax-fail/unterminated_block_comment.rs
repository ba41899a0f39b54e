fn main() {
    /* start of a comment
    let x = 1;
}
