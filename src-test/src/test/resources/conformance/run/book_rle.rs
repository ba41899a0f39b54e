// Run-length encoding over bytes: as_bytes, Vec<u8>, u8 as char, round trip decode, String building
fn encode(input: &[u8]) -> Vec<(u8, u32)> {
    let mut out: Vec<(u8, u32)> = Vec::new();
    for &b in input {
        let n = out.len();
        if n > 0 && out[n - 1].0 == b {
            out[n - 1].1 += 1;
        } else {
            out.push((b, 1));
        }
    }
    out
}

fn to_text(runs: &Vec<(u8, u32)>) -> String {
    let mut s = String::new();
    for &(b, n) in runs {
        if n > 1 {
            s += &n.to_string();
        }
        s.push(b as char);
    }
    s
}

fn decode(runs: &[(u8, u32)]) -> Vec<u8> {
    let mut out = Vec::new();
    for r in runs {
        for _ in 0..r.1 {
            out.push(r.0);
        }
    }
    out
}

fn main() {
    let samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc", "", "zzzzzzzzzz"];
    for s in samples.iter() {
        let runs = encode(s.as_bytes());
        let text = to_text(&runs);
        let back = decode(&runs);
        let ok = back.as_slice() == s.as_bytes();
        println!("{:>3} bytes -> {:>3} runs: {:?} roundtrip={}", s.len(), runs.len(), text, ok);
    }
    let runs = encode(b"hello");
    println!("{:?}", runs);
    let ratio = to_text(&encode(samples[0].as_bytes())).len() as f64 / samples[0].len() as f64;
    println!("compression ratio {:.3}", ratio);
}
