// char classification beyond ASCII (alphabetic, numeric, lowercase, uppercase, control) as rustc answers it.

fn main() {
    let samples = ['a', 'Z', '5', ' ', 'é', 'Σ', 'ω', '中', '٣', '½', 'Ⅻ', 'ǅ', '_', '\n', '\u{7f}', 'ß', 'İ', '𝔸', '🦀', 'ㄱ'];
    for c in samples.iter() {
        println!("{:?}: alpha={} num={} alnum={} lower={} upper={} ctrl={} ws={}", c, c.is_alphabetic(), c.is_numeric(),
            c.is_alphanumeric(), c.is_lowercase(), c.is_uppercase(), c.is_control(), c.is_whitespace());
    }
    let text = "Hello, Wörld! 123 — ½ Ⅻ";
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let digits = text.chars().filter(|c| c.is_numeric()).count();
    println!("{} letters, {} numeric", letters, digits);
}
