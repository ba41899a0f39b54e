// Panic: unwrap on Err(String) from a tiny checked parser of digit bytes
fn parse_num(s: &str) -> Result<u32, String> {
    if s.len() == 0 {
        return Err(String::from("empty input"));
    }
    let mut n: u32 = 0;
    for &b in s.as_bytes() {
        if b < b'0' || b > b'9' {
            return Err(format!("invalid digit '{}' in \"{}\"", b as char, s));
        }
        n = match n.checked_mul(10) {
            Some(v) => v.checked_add((b - b'0') as u32).ok_or(format!("{} overflows u32", s))?,
            None => return Err(format!("{} overflows u32", s)),
        };
    }
    Ok(n)
}

fn main() {
    for s in ["42", "007", "4294967295", "4294967296", "", "12a"] {
        println!("{:>12} -> {:?}", s, parse_num(s));
    }
    let total = parse_num("12").unwrap() + parse_num("30").unwrap();
    println!("total {}", total);
    let bad = parse_num("9x9").unwrap();
    println!("{}", bad);
}
