fn main() {
    let 名前 = "日本語のテキスト"; let 長さ = 名前.len() 2;
}
