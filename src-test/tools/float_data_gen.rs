// Generates src-test/src/test/resources/conformance/data/floats.txt (run through gen-floats.sh).
// Every value and string comes from a fixed-seed xorshift generator, so reruns give the same bytes.
use std::fmt::Write as _;

struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn fmt_line64(v: f64) -> String {
    format!(
        "{:016x}\tf64\t{}\t{:?}\t{:.0}\t{:.1}\t{:.3}\t{:.17}\t{:e}\t{:E}\t{:.2e}\t{:+}\t{:10.3}\t{:<12}\t{:^+12.2}\t{:012.4}\t{:#?}",
        v.to_bits(), v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
    )
}

fn fmt_line32(v: f32) -> String {
    format!(
        "{:08x}\tf32\t{}\t{:?}\t{:.0}\t{:.1}\t{:.3}\t{:.17}\t{:e}\t{:E}\t{:.2e}\t{:+}\t{:10.3}\t{:<12}\t{:^+12.2}\t{:012.4}\t{:#?}",
        v.to_bits(), v, v, v, v, v, v, v, v, v, v, v, v, v, v, v
    )
}

fn pow10(n: i32) -> f64 {
    let mut p = 1.0f64;
    for _ in 0..n {
        p *= 10.0;
    }
    p
}

fn edge64() -> Vec<f64> {
    let mut v = vec![
        0.0, -0.0, f64::MIN_POSITIVE, -f64::MIN_POSITIVE, f64::MAX, f64::MIN, f64::EPSILON,
        f64::INFINITY, f64::NEG_INFINITY, f64::NAN, -f64::NAN, 0.1, 0.2, 0.3, 1e15, 1e16, 1e17,
        1e21, 1e22, 1e23, 1e-5, 1e-7, 1e-4, 123456789.0, 1.0, -1.0, 0.5, 1.5, 2.5, 3.5, 0.25,
        0.75, 0.125, 0.375, 0.0625, 0.1875, 1.125, 1.375, 1.625, 9.5, 99.5, 999.5, 0.95, 0.995,
        0.9995, 9.995, 5e-324, 1e-323, 2.2250738585072009e-308, 1e308, 1.7976931348623157e308,
        4503599627370496.5, 9007199254740992.0, 9007199254740993.0, 1e-310, 123.456, 1e100,
        1e-100, 299792458.0, 6.02214076e23, 1.602176634e-19, 0.3333333333333333,
        0.6666666666666666, 2.0 / 3.0, 100.0, 1000000.0, 1e6 + 0.5, 4.35, 0.045, 1.005,
    ];
    for i in 0..1024 {
        v.push(2f64.powi(i));
        v.push(2f64.powi(-i - 1));
    }
    for i in 1075..1080 {
        v.push(2f64.powi(-(i as i32)));
    }
    for i in 0..23 {
        v.push(pow10(i));
        v.push(1.0 / pow10(i));
    }
    for e in [-325, -324, -323, -310, -308, -307, -300, -200, -50, -20, -17, -16, -6, -5, -4, -3, 16, 17, 21, 22, 23, 50, 200, 300, 307, 308] {
        let x: f64 = format!("1e{}", e).parse().unwrap();
        v.push(x);
    }
    // Around the Debug switch points, one bit either side.
    for b in [1e16f64.to_bits(), 1e-4f64.to_bits(), 1e-5f64.to_bits(), 1f64.to_bits(), f64::MIN_POSITIVE.to_bits()] {
        for d in 0..3u64 {
            v.push(f64::from_bits(b + d));
            v.push(f64::from_bits(b - d));
        }
    }
    // Largest and smallest subnormals and neighbours of MAX.
    for d in 1..4u64 {
        v.push(f64::from_bits(d));
        v.push(f64::from_bits(0x000f_ffff_ffff_ffff - d + 1));
        v.push(f64::from_bits(0x7fef_ffff_ffff_ffff - d));
    }
    v
}

fn edge32() -> Vec<f32> {
    let mut v = vec![
        0.0f32, -0.0, f32::MIN_POSITIVE, -f32::MIN_POSITIVE, f32::MAX, f32::MIN, f32::EPSILON,
        f32::INFINITY, f32::NEG_INFINITY, f32::NAN, -f32::NAN, 0.1, 0.2, 0.3, 1e15, 1e16, 1e17,
        1e21, 1e22, 1e-5, 1e-7, 1e-4, 123456789.0, 1.0, -1.0, 0.5, 1.5, 2.5, 0.25, 0.75, 0.125,
        0.375, 0.0625, 9.5, 99.5, 0.95, 1e-45, 1e38, 3.4028235e38, 16777216.0, 16777217.0,
        8388608.5, 123.456, 299792458.0, 1e10, 4.35, 0.045, 1.005, 1.17549435e-38,
    ];
    for i in 0..128 {
        v.push(2f32.powi(i));
        v.push(2f32.powi(-i - 1));
    }
    for i in 0..23 {
        v.push(pow10(i) as f32);
        v.push((1.0 / pow10(i)) as f32);
    }
    for e in [-46, -45, -44, -40, -38, -37, -20, -6, -5, -4, -3, 7, 8, 9, 16, 17, 30, 37, 38] {
        let x: f32 = format!("1e{}", e).parse().unwrap();
        v.push(x);
    }
    for b in [1e16f32.to_bits(), 1e-4f32.to_bits(), 1e-5f32.to_bits(), 1f32.to_bits(), f32::MIN_POSITIVE.to_bits()] {
        for d in 0..3u32 {
            v.push(f32::from_bits(b + d));
            v.push(f32::from_bits(b - d));
        }
    }
    for d in 1..4u32 {
        v.push(f32::from_bits(d));
        v.push(f32::from_bits(0x007f_ffff - d + 1));
        v.push(f32::from_bits(0x7f7f_ffff - d));
    }
    v
}

// Values whose shortest form ties between two candidates (x.25 and x.75 in the binade where the
// spacing is 1/4): Rust rounds such ties up.
fn shortest_ties64(r: &mut Rng, out: &mut Vec<f64>) {
    for _ in 0..40 {
        let m = (1u64 << 52) | (r.next() & ((1u64 << 52) - 1)) | 1;
        out.push(m as f64 / 4.0);
    }
}

fn shortest_ties32(r: &mut Rng, out: &mut Vec<f32>) {
    for _ in 0..40 {
        let m = (1u32 << 23) | (r.next() as u32 & ((1u32 << 23) - 1)) | 1;
        out.push(m as f32 / 4.0);
    }
}

fn random64(r: &mut Rng) -> f64 {
    match r.below(12) {
        0..=2 => f64::from_bits(r.next()),
        4 => (r.unit() * 1e6).max(0.1) * if r.below(4) == 0 { -1.0 } else { 1.0 },
        5 => (r.below(1_000_000_000) as f64) * if r.below(4) == 0 { -1.0 } else { 1.0 },
        // Few decimal digits: short shortest forms, and fixed-precision ties when dyadic.
        6 => r.below(100_000) as f64 / pow10(r.range(0, 6) as i32),
        7 => r.below(100_000) as f64 / (1u64 << r.range(0, 12)) as f64,
        // Random mantissa in a typical decimal exponent range.
        8 | 9 => r.unit() * pow10(r.range(0, 22) as i32) / pow10(r.range(0, 22) as i32),
        10 => r.unit() * 1e-300 * pow10(r.range(0, 30) as i32),
        _ => {
            let m = r.below(1 << 53) as f64;
            let e = r.range(-60, 60) as i32;
            m * 2f64.powi(e)
        }
    }
}

fn random32(r: &mut Rng) -> f32 {
    match r.below(10) {
        0..=3 => f32::from_bits(r.next() as u32),
        4 => ((r.unit() * 1e6).max(0.1) * if r.below(4) == 0 { -1.0 } else { 1.0 }) as f32,
        5 => (r.below(100_000_000) as f32) * if r.below(4) == 0 { -1.0 } else { 1.0 },
        6 => (r.below(100_000) as f64 / pow10(r.range(0, 6) as i32)) as f32,
        7 => r.below(100_000) as f32 / (1u32 << r.range(0, 12)) as f32,
        8 => (r.unit() * pow10(r.range(0, 12) as i32) / pow10(r.range(0, 12) as i32)) as f32,
        _ => {
            let m = r.below(1 << 24) as f32;
            let e = r.range(-40, 40) as i32;
            m * 2f32.powi(e)
        }
    }
}

fn random_decimal(r: &mut Rng) -> String {
    let mut s = String::new();
    match r.below(20) {
        0 | 1 => s.push('-'),
        2 => s.push('+'),
        _ => {}
    }
    let n = r.range(1, 25) as usize;
    let mut digits = String::new();
    for i in 0..n {
        let d = if i == 0 && r.below(3) != 0 { r.range(1, 9) } else { r.range(0, 9) };
        digits.push((b'0' + d as u8) as char);
    }
    if r.below(6) == 0 {
        digits.insert_str(0, &"0".repeat(r.range(1, 4) as usize));
    }
    if r.below(4) != 0 {
        let p = r.below(digits.len() as u64 + 1) as usize;
        digits.insert(p, '.');
    }
    s.push_str(&digits);
    if r.below(5) != 0 {
        s.push(if r.below(2) == 0 { 'e' } else { 'E' });
        let e = match r.below(8) {
            0 => r.range(-400, 400),
            1 => r.range(-60, 60),
            2 => r.range(-20, 20),
            3 => r.range(-345, -300),
            4 => r.range(290, 320),
            5 => r.range(-60, -30),
            6 => r.range(30, 45),
            _ => r.range(-10, 10),
        };
        if e < 0 {
            s.push('-');
        } else if r.below(4) == 0 {
            s.push('+');
        }
        write!(s, "{}", e.abs()).unwrap();
    }
    if r.below(25) == 0 {
        // A stray character somewhere: these must be rejected exactly as Rust rejects them.
        let junk = [' ', '_', 'x', '.', 'e', '+', '-', 'E', 'a', '\u{e9}'];
        let c = junk[r.below(junk.len() as u64) as usize];
        let mut p = r.below(s.len() as u64 + 1) as usize;
        while !s.is_char_boundary(p) {
            p -= 1;
        }
        s.insert(p, c);
    }
    s
}

// Exact decimal digits of odd * 2^pow2 as (digits, exponent of the last digit).
fn exact_decimal(odd: u64, pow2: i32) -> (Vec<u8>, i32) {
    let mut d: Vec<u8> = odd.to_string().bytes().map(|b| b - b'0').collect();
    let mul = |d: &mut Vec<u8>, f: u32| {
        let mut carry = 0u32;
        for x in d.iter_mut().rev() {
            let t = *x as u32 * f + carry;
            *x = (t % 10) as u8;
            carry = t / 10;
        }
        while carry > 0 {
            d.insert(0, (carry % 10) as u8);
            carry /= 10;
        }
    };
    if pow2 >= 0 {
        for _ in 0..pow2 {
            mul(&mut d, 2);
        }
        (d, 0)
    } else {
        for _ in 0..(-pow2) {
            mul(&mut d, 5);
        }
        (d, pow2)
    }
}

fn digits_string(d: &[u8], exp: i32) -> String {
    let s: String = d.iter().map(|x| (b'0' + x) as char).collect();
    format!("{}e{}", s, exp)
}

// Strings at, just below and just above the midpoint between two neighbouring floats.
fn halfway_strings(r: &mut Rng, out: &mut Vec<String>, frac_bits: u32, min_exp: i32, max_exp: i32, count: usize) {
    for _ in 0..count {
        let m = r.below(1u64 << (frac_bits + 1));
        let e = r.range(min_exp as i64, max_exp as i64) as i32;
        // Midpoint between m*2^e and (m+1)*2^e.
        let (d, exp) = exact_decimal(2 * m + 1, e - 1);
        out.push(digits_string(&d, exp));
        let mut above = d.clone();
        above.push(0);
        above.push(0);
        above.push(1);
        out.push(digits_string(&above, exp - 3));
        let cut = d.len() - 1 - (r.below(d.len().min(8) as u64) as usize);
        out.push(digits_string(&d[..cut.max(1)], exp + (d.len() - cut.max(1)) as i32));
    }
}

fn parse_result64(s: &str) -> String {
    match s.parse::<f64>() {
        Ok(x) => format!("{:016x}", x.to_bits()),
        Err(e) => format!("err:{}", e),
    }
}

fn parse_result32(s: &str) -> String {
    match s.parse::<f32>() {
        Ok(x) => format!("{:08x}", x.to_bits()),
        Err(e) => format!("err:{}", e),
    }
}

fn parse_edges() -> Vec<String> {
    let fixed = [
        "1e400", "-1e400", "1e-400", "inf", "-inf", "+inf", "infinity", "-Infinity", "INF", "InFiNiTy",
        "nan", "NaN", "-NaN", "+nan", "NAN", "infin", "infinit", "infinityy", "nana", "na", "in", "1_0",
        "1__2", "_1", ".5", "5.", "+3", "-3", "  3", "3 ", " ", "\u{a0}3", "0x10", "1e", "e5", "E5", "", "+",
        "-", ".", "-.", "+.", "+.e1", "1e+", "1e-", "1e+5", "1e-5", "1.e5", ".e5", "1.5E-7", "1.5e+07",
        "0", "-0", "+0", "0e0", "0.0", "-0.0", "00000.00000e-999999999999999", "0e999999999999",
        "1e-999999999999", "1e999999999999", "1e99999999999999999999", "-1e99999999999999999999",
        "2.4703282292062327e-324", "2.4703282292062328e-324", "2.47032822920623272e-324",
        "4.9406564584124654e-324", "4.9e-324", "5e-324", "3e-324", "2e-324", "1e-323",
        "2.2250738585072011e-308", "2.2250738585072012e-308", "2.2250738585072014e-308",
        "1.7976931348623157e308", "1.7976931348623158e308", "1.7976931348623159e308",
        "1.797693134862315807e308", "1.7976931348623158079e308", "3.4028235e38", "3.40282356e38",
        "3.4028236e38", "3.4028234664e38", "3.4028235677973366e38", "1.4e-45", "1e-45", "7e-46",
        "7.0064923e-46", "7.006492321624086e-46", "7.006492321624087e-46", "1.1754944e-38",
        "9007199254740993", "9007199254740992.5", "9007199254740993.0000000000000001",
        "123456789012345678901234567890", "0.1", "0.3", "1.2.3", "--1", "+-1", "-+1", "1e1.5",
        "1e5e5", "1.5f", "1.0f64", "\u{663}", "12345678901234567890", "18446744073709551615",
        "18446744073709551616", "4.35", "0.045", "1.005", "1e22", "1e23", "8.5", "16777217",
        "16777216.5", "33554433", "0.000000000000000000000000000000000000000000001",
        "1.00000000000000011102230246251565404236316680908203125",
        "1.00000000000000011102230246251565404236316680908203124",
        "1.00000000000000011102230246251565404236316680908203126",
        "1.000000059604644775390625", "1.000000059604644775390624", "1.000000059604644775390626",
        "2.2250738585072012e-308", "2.225073858507201136057409796709131975934819546351645648e-308",
        "0.0000000000000000000000000000000000000000000000000000000000000000000000000000000000001e85",
    ];
    let mut v: Vec<String> = fixed.iter().map(|s| s.to_string()).collect();
    // Long inputs (beyond the 768 significant digits any float needs).
    v.push(format!("0.{}1e800", "0".repeat(799)));
    v.push(format!("0.{}1", "0".repeat(320)));
    v.push(format!("{}e-900", "9".repeat(900)));
    v.push(format!("1{}e-840", "0".repeat(840)));
    v.push(format!("1.{}1", "0".repeat(830)));
    // Midpoints at the ends of the ranges: below the smallest subnormal, at the subnormal/normal
    // boundary, and above MAX (the next value up would be 2^1024 and rounds to infinity).
    for (m, e) in [(0u64, -1074), ((1u64 << 52) - 1, -1074), ((1u64 << 53) - 1, 971), (0, -149), ((1u64 << 23) - 1, -149), ((1u64 << 24) - 1, 104)] {
        let (d, exp) = exact_decimal(2 * m + 1, e - 1);
        v.push(digits_string(&d, exp));
        let mut above = d.clone();
        above.push(1);
        v.push(digits_string(&above, exp - 1));
        v.push(digits_string(&d[..d.len() - 1], exp + 1));
    }
    v
}

fn main() {
    let mut r = Rng(0x9E37_79B9_7F4A_7C15);
    let mut out = String::new();
    out.push_str("# Generated by src-test/tools/gen-floats.sh from rustc's std; do not edit.\n");
    out.push_str("# Format lines: bits(hex) TAB type TAB the outputs of {} {:?} {:.0} {:.1} {:.3} {:.17} {:e} {:E} {:.2e} {:+} {:10.3} {:<12} {:^+12.2} {:012.4} {:#?}\n");
    out.push_str("# Parse lines: 'parse' TAB input TAB f64 result TAB f32 result (bits in hex, or err:message)\n");

    let mut v64 = edge64();
    shortest_ties64(&mut r, &mut v64);
    while v64.len() < 10_500 {
        v64.push(random64(&mut r));
    }
    for v in &v64 {
        out.push_str(&fmt_line64(*v));
        out.push('\n');
    }
    let mut v32 = edge32();
    shortest_ties32(&mut r, &mut v32);
    while v32.len() < 10_500 {
        v32.push(random32(&mut r));
    }
    for v in &v32 {
        out.push_str(&fmt_line32(*v));
        out.push('\n');
    }

    let mut strings = parse_edges();
    halfway_strings(&mut r, &mut strings, 52, -1074, 971, 150);
    halfway_strings(&mut r, &mut strings, 23, -149, 104, 150);
    for _ in 0..6000 {
        strings.push(random_decimal(&mut r));
    }
    // Shortest forms printed by Rust must read back to the same value.
    for v in v64.iter().take(2000) {
        strings.push(format!("{:?}", v));
    }
    for s in &strings {
        writeln!(out, "parse\t{}\t{}\t{}", s, parse_result64(s), parse_result32(s)).unwrap();
    }
    print!("{}", out);
}
