// Roman numerals both ways: const arrays of tuples, while loops, Result<u32, String>, byte matching
const TABLE: [(u32, &str); 13] = [
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
];

fn to_roman(mut n: u32) -> Option<String> {
    if n == 0 || n > 3999 {
        return None;
    }
    let mut s = String::new();
    for &(value, sym) in TABLE.iter() {
        while n >= value {
            s.push_str(sym);
            n -= value;
        }
    }
    Some(s)
}

fn digit(b: u8) -> Result<u32, String> {
    Ok(match b {
        b'I' => 1,
        b'V' => 5,
        b'X' => 10,
        b'L' => 50,
        b'C' => 100,
        b'D' => 500,
        b'M' => 1000,
        other => return Err(format!("bad digit {:?}", other as char)),
    })
}

fn from_roman(s: &str) -> Result<u32, String> {
    let bytes = s.as_bytes();
    if bytes.is_empty() {
        return Err(String::from("empty"));
    }
    let mut total = 0;
    for i in 0..bytes.len() {
        let v = digit(bytes[i])?;
        let next = if i + 1 < bytes.len() { digit(bytes[i + 1])? } else { 0 };
        if v < next {
            total -= v as i64;
        } else {
            total += v as i64;
        }
    }
    let t = total as u32;
    match to_roman(t) {
        Some(ref canon) if canon == s => Ok(t),
        Some(canon) => Err(format!("{} is not canonical (use {})", s, canon)),
        None => Err(format!("{} out of range", s)),
    }
}

fn main() {
    for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999, 0, 4000] {
        match to_roman(n) {
            Some(r) => println!("{:>5} -> {}", n, r),
            None => println!("{:>5} -> (none)", n),
        }
    }
    for s in ["MCMXCIV", "XLII", "IIII", "MMXXIV", "ABC", "", "IM"] {
        println!("{:>8} -> {:?}", s, from_roman(s));
    }
    let mut ok = 0;
    for n in 1..=3999 {
        if from_roman(&to_roman(n).unwrap()) == Ok(n) {
            ok += 1;
        }
    }
    println!("round trips: {}", ok);
}
