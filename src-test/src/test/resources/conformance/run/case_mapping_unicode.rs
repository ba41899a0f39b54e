// Case mapping over many scripts, with the mappings that give several characters (ß, ŉ, ﬃ, İ) and the
// titlecase digraphs; the final-sigma rule of to_lowercase.
fn main() {
    let samples = [
        "Straße ﬃ ŉ", "ǅungla ǈ ǋ", "İstanbul", "ΣΑΣ ΟΔΥΣΣΕΥΣ", "Ωμέγα", "Привет Мир", "Բարեւ",
        "ა ბ გ", "Ꭰ Ꭱ Ꭲ", "𐐀𐐁 𐐨", "ǰ ẖ ẘ", "ꝺ Ᵹ", "ÀÉÎÕÜ àéîõü", "123 !? _",
    ];
    for s in samples.iter() {
        println!("{} | {} | {}", s, s.to_uppercase(), s.to_lowercase());
    }
    for c in ['ß', 'İ', 'ǅ', 'ﬃ', 'Σ', 'ς', 'ǰ', 'a', 'Z', '1'] {
        let up: String = c.to_uppercase().collect();
        let low: String = c.to_lowercase().collect();
        println!("{:?} {} {} {} {}", c, up, low, c.to_uppercase().count(), c.is_lowercase());
    }
    println!("{}", 'ﬃ'.to_uppercase());
}
