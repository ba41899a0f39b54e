fn main() {
    let s = r#"raw text";
}
