// Caesar cipher and ROT13 over bytes: u8 arithmetic, wrapping, byte literals, String from bytes via push
fn shift_byte(b: u8, k: u8) -> u8 {
    match b {
        b'a'..=b'z' => (b - b'a' + k) % 26 + b'a',
        b'A'..=b'Z' => (b - b'A' + k) % 26 + b'A',
        _ => b,
    }
}

fn caesar(text: &str, shift: i32) -> String {
    let k = shift.rem_euclid(26) as u8;
    let mut out = String::new();
    for &b in text.as_bytes() {
        out.push(shift_byte(b, k) as char);
    }
    out
}

fn letter_counts(text: &str) -> [u32; 26] {
    let mut counts = [0u32; 26];
    for b in text.as_bytes() {
        let lower = if *b >= b'A' && *b <= b'Z' { *b + 32 } else { *b };
        if lower >= b'a' && lower <= b'z' {
            counts[(lower - b'a') as usize] += 1;
        }
    }
    counts
}

fn crack(cipher: &str) -> i32 {
    // assume the most frequent letter is 'e'
    let counts = letter_counts(cipher);
    let mut best = 0;
    for i in 1..26 {
        if counts[i] > counts[best] {
            best = i;
        }
    }
    (best as i32 - 4).rem_euclid(26)
}

fn main() {
    let plain = "The quick brown fox jumps over the lazy dog, then sleeps everywhere.";
    for shift in [3, 13, -1, 52, 27] {
        let c = caesar(plain, shift);
        let back = caesar(&c, -shift);
        println!("{:>3}: {}", shift, c);
        assert!(back == plain, "round trip failed for {}", shift);
    }
    let secret = caesar(plain, 11);
    let guess = crack(&secret);
    println!("guessed shift {} -> {}", guess, caesar(&secret, -guess));
    let rot = caesar("Hello, World!", 13);
    println!("{} / {}", rot, caesar(&rot, 13));
    let counts = letter_counts(plain);
    print!("counts:");
    for i in 0..26 {
        if counts[i] > 2 {
            print!(" {}={}", (b'a' + i as u8) as char, counts[i]);
        }
    }
    println!();
    println!("{}", "shout".to_ascii_uppercase() + &caesar("ABC", 1).to_ascii_lowercase());
}
