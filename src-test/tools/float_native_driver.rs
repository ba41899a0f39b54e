// Native test driver for compiler/src/main/resources/dev/wasmrust/std/fmt_float.rs (run by
// float-native-check.sh). Checks every line of data/floats.txt, then compares further specs
// (runtime widths and precisions, multi-byte fills, {:.N?}) with this rustc's own std directly.
// `--time` measures formatting speed against std instead; `--stress N` compares N random f64 and
// f32 bit patterns and N random decimal strings with std; `--f32-range LO HI` compares {:?} of
// every f32 with bits in [LO, HI) (hex).
#[allow(dead_code)]
#[path = "../../compiler/src/main/resources/dev/wasmrust/std/fmt_float.rs"]
mod fmt_float;

use fmt_float::*;
use std::time::Instant;

struct Spec {
    text: &'static str,
    width: Option<usize>,
    precision: Option<usize>,
    fill: char,
    align: u8,
    plus: bool,
    zero: bool,
    kind: u8,
}

const fn spec(text: &'static str, kind: u8) -> Spec {
    Spec { text, width: None, precision: None, fill: ' ', align: ALIGN_UNKNOWN, plus: false, zero: false, kind }
}

// The 15 columns of floats.txt, in order.
fn data_specs() -> Vec<Spec> {
    vec![
        spec("{}", KIND_DISPLAY),
        spec("{:?}", KIND_DEBUG),
        Spec { precision: Some(0), ..spec("{:.0}", KIND_DISPLAY) },
        Spec { precision: Some(1), ..spec("{:.1}", KIND_DISPLAY) },
        Spec { precision: Some(3), ..spec("{:.3}", KIND_DISPLAY) },
        Spec { precision: Some(17), ..spec("{:.17}", KIND_DISPLAY) },
        spec("{:e}", KIND_LOWER_EXP),
        spec("{:E}", KIND_UPPER_EXP),
        Spec { precision: Some(2), ..spec("{:.2e}", KIND_LOWER_EXP) },
        Spec { plus: true, ..spec("{:+}", KIND_DISPLAY) },
        Spec { width: Some(10), precision: Some(3), ..spec("{:10.3}", KIND_DISPLAY) },
        Spec { width: Some(12), align: ALIGN_LEFT, ..spec("{:<12}", KIND_DISPLAY) },
        Spec { width: Some(12), precision: Some(2), align: ALIGN_CENTER, plus: true, ..spec("{:^+12.2}", KIND_DISPLAY) },
        Spec { width: Some(12), precision: Some(4), zero: true, ..spec("{:012.4}", KIND_DISPLAY) },
        spec("{:#?}", KIND_DEBUG),
    ]
}

fn to_float_spec(s: &Spec) -> FloatSpec {
    let mut f = FloatSpec::new(s.kind);
    if let Some(w) = s.width {
        f.width = w;
        f.has_width = true;
    }
    if let Some(p) = s.precision {
        f.precision = p;
        f.has_precision = true;
    }
    f.fill = s.fill as u32;
    f.align = s.align;
    f.plus = s.plus;
    f.zero = s.zero;
    f
}

#[derive(Clone, Copy)]
enum Value {
    F64(f64),
    F32(f32),
}

fn ours(v: Value, spec: &FloatSpec, out: &mut FloatOut) -> String {
    out.len = 0;
    out.overflow = false;
    match v {
        Value::F64(x) => format_f64(x, spec, out),
        Value::F32(x) => format_f32(x, spec, out),
    }
    if out.overflow {
        return "<overflow>".to_string();
    }
    String::from_utf8(out.buf[..out.len].to_vec()).unwrap_or_else(|_| "<bad utf-8>".to_string())
}

struct Report {
    checked: usize,
    mismatches: usize,
}

impl Report {
    fn compare(&mut self, what: &str, expected: &str, actual: &str) {
        self.checked += 1;
        if expected != actual {
            self.mismatches += 1;
            if self.mismatches <= 20 {
                println!("MISMATCH {}\n  expected: {}\n  actual:   {}", what, expected, actual);
            }
        }
    }
}

fn describe(v: Value) -> String {
    match v {
        Value::F64(x) => format!("f64 {:016x} ({:?})", x.to_bits(), x),
        Value::F32(x) => format!("f32 {:08x} ({:?})", x.to_bits(), x),
    }
}

fn check_format_line(fields: &[&str], specs: &[Spec], out: &mut FloatOut, rep: &mut Report) -> Value {
    let bits = u64::from_str_radix(fields[0], 16).unwrap();
    let v = if fields[1] == "f64" { Value::F64(f64::from_bits(bits)) } else { Value::F32(f32::from_bits(bits as u32)) };
    assert_eq!(fields.len(), 2 + specs.len(), "bad line for {}", fields[0]);
    for (i, s) in specs.iter().enumerate() {
        let actual = ours(v, &to_float_spec(s), out);
        rep.compare(&format!("{} {}", describe(v), s.text), fields[2 + i], &actual);
    }
    v
}

fn parse_outcome64(text: &str, streamed: bool) -> String {
    let r = if streamed {
        let mut p = FloatParser::new();
        for &b in text.as_bytes() {
            p.push(b);
        }
        p.finish_f64()
    } else {
        let mut t = FloatText::new();
        t.bytes[..text.len()].copy_from_slice(text.as_bytes());
        t.len = text.len();
        parse_f64(&t)
    };
    if r.ok {
        format!("{:016x}", r.value.to_bits())
    } else if r.empty {
        "err:cannot parse float from empty string".to_string()
    } else {
        "err:invalid float literal".to_string()
    }
}

fn parse_outcome32(text: &str, streamed: bool) -> String {
    let r = if streamed {
        let mut p = FloatParser::new();
        for &b in text.as_bytes() {
            p.push(b);
        }
        p.finish_f32()
    } else {
        let mut t = FloatText::new();
        t.bytes[..text.len()].copy_from_slice(text.as_bytes());
        t.len = text.len();
        parse_f32(&t)
    };
    if r.ok {
        format!("{:08x}", r.value.to_bits())
    } else if r.empty {
        "err:cannot parse float from empty string".to_string()
    } else {
        "err:invalid float literal".to_string()
    }
}

fn check_parse_line(fields: &[&str], rep: &mut Report) {
    let text = fields[1];
    let fits = text.len() <= FLOAT_TEXT_CAP;
    for streamed in [true, false] {
        if !streamed && !fits {
            continue;
        }
        rep.compare(&format!("parse::<f64>({:?})", text), fields[2], &parse_outcome64(text, streamed));
        rep.compare(&format!("parse::<f32>({:?})", text), fields[3], &parse_outcome32(text, streamed));
    }
}

// Specs beyond the data file, compared with this rustc's std directly.
fn std_extra(v: Value, t: usize, w: usize, p: usize) -> (String, Spec) {
    macro_rules! both {
        ($x:expr) => {
            match t {
                0 => (format!("{:*^w$.p$}", $x), Spec { width: Some(w), precision: Some(p), fill: '*', align: ALIGN_CENTER, ..spec("{:*^w$.p$}", KIND_DISPLAY) }),
                1 => (format!("{:é<w$.p$e}", $x), Spec { width: Some(w), precision: Some(p), fill: 'é', align: ALIGN_LEFT, ..spec("{:é<w$.p$e}", KIND_LOWER_EXP) }),
                2 => (format!("{:😀>w$}", $x), Spec { width: Some(w), fill: '😀', align: ALIGN_RIGHT, ..spec("{:😀>w$}", KIND_DISPLAY) }),
                3 => (format!("{:+0w$.p$?}", $x), Spec { width: Some(w), precision: Some(p), plus: true, zero: true, ..spec("{:+0w$.p$?}", KIND_DEBUG) }),
                4 => (format!("{:+.p$E}", $x), Spec { precision: Some(p), plus: true, ..spec("{:+.p$E}", KIND_UPPER_EXP) }),
                5 => (format!("{:+?}", $x), Spec { plus: true, ..spec("{:+?}", KIND_DEBUG) }),
                6 => (format!("{:w$?}", $x), Spec { width: Some(w), ..spec("{:w$?}", KIND_DEBUG) }),
                7 => (format!("{:+0w$e}", $x), Spec { width: Some(w), plus: true, zero: true, ..spec("{:+0w$e}", KIND_LOWER_EXP) }),
                8 => (format!("{:丁^w$}", $x), Spec { width: Some(w), fill: '丁', align: ALIGN_CENTER, ..spec("{:丁^w$}", KIND_DISPLAY) }),
                9 => (format!("{:.p$?}", $x), Spec { precision: Some(p), ..spec("{:.p$?}", KIND_DEBUG) }),
                10 => (format!("{:<0w$.p$}", $x), Spec { width: Some(w), precision: Some(p), zero: true, align: ALIGN_LEFT, ..spec("{:<0w$.p$}", KIND_DISPLAY) }),
                _ => (format!("{:+w$.p$}", $x), Spec { width: Some(w), precision: Some(p), plus: true, ..spec("{:+w$.p$}", KIND_DISPLAY) }),
            }
        };
    }
    match v {
        Value::F64(x) => both!(x),
        Value::F32(x) => both!(x),
    }
}

fn check_extra(values: &[Value], out: &mut FloatOut, rep: &mut Report) {
    let mut state: u64 = 0x1234_5678_9ABC_DEF1;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    for (i, &v) in values.iter().enumerate() {
        if i % 3 != 0 {
            continue;
        }
        let t = (next() % 12) as usize;
        let big = next() % 50 == 0;
        let w = if big { 1100 + (next() % 101) as usize } else { (next() % 40) as usize };
        let p = if big { 1000 + (next() % 101) as usize } else { (next() % 30) as usize };
        let (expected, s) = std_extra(v, t, w, p);
        let actual = ours(v, &to_float_spec(&s), out);
        rep.compare(&format!("{} {} w={} p={}", describe(v), s.text, w, p), &expected, &actual);
    }
}

fn time_formatting(values: &[Value], out: &mut FloatOut) {
    let specs = data_specs();
    for (label, indices) in [("{}", vec![0]), ("{:?}", vec![1]), ("{:e}", vec![6]), ("{:.17}", vec![5]), ("all 15 specs", (0..15).collect::<Vec<usize>>())] {
        let fspecs: Vec<FloatSpec> = indices.iter().map(|&i| to_float_spec(&specs[i])).collect();
        let mut best_ours = f64::MAX;
        let mut best_std = f64::MAX;
        for _ in 0..5 {
            let t0 = Instant::now();
            let mut bytes = 0usize;
            for &v in values {
                for fs in &fspecs {
                    out.len = 0;
                    match v {
                        Value::F64(x) => format_f64(x, fs, out),
                        Value::F32(x) => format_f32(x, fs, out),
                    }
                    bytes += out.len;
                }
            }
            best_ours = best_ours.min(t0.elapsed().as_secs_f64());
            std::hint::black_box(bytes);
            let t1 = Instant::now();
            let mut s = String::with_capacity(8192);
            let mut bytes = 0usize;
            for &v in values {
                for &i in &indices {
                    s.clear();
                    std_format(&mut s, v, i);
                    bytes += s.len();
                }
            }
            best_std = best_std.min(t1.elapsed().as_secs_f64());
            std::hint::black_box(bytes);
        }
        println!(
            "time {:>14} x {} values: ours {:8.2} ms, rustc std {:7.2} ms",
            label,
            values.len(),
            best_ours * 1e3,
            best_std * 1e3
        );
    }
}

fn std_format(s: &mut String, v: Value, i: usize) {
    use std::fmt::Write;
    macro_rules! go {
        ($x:expr) => {
            match i {
                0 => write!(s, "{}", $x),
                1 => write!(s, "{:?}", $x),
                2 => write!(s, "{:.0}", $x),
                3 => write!(s, "{:.1}", $x),
                4 => write!(s, "{:.3}", $x),
                5 => write!(s, "{:.17}", $x),
                6 => write!(s, "{:e}", $x),
                7 => write!(s, "{:E}", $x),
                8 => write!(s, "{:.2e}", $x),
                9 => write!(s, "{:+}", $x),
                10 => write!(s, "{:10.3}", $x),
                11 => write!(s, "{:<12}", $x),
                12 => write!(s, "{:^+12.2}", $x),
                13 => write!(s, "{:012.4}", $x),
                _ => write!(s, "{:#?}", $x),
            }
        };
    }
    match v {
        Value::F64(x) => go!(x),
        Value::F32(x) => go!(x),
    }
    .unwrap();
}

fn xorshift(state: &mut u64) -> u64 {
    *state ^= *state << 13;
    *state ^= *state >> 7;
    *state ^= *state << 17;
    *state
}

fn stress(n: u64, rep: &mut Report, out: &mut FloatOut) {
    let mut st: u64 = 0x0DDB_1A5E_5BAD_5EED;
    let debug = FloatSpec::new(KIND_DEBUG);
    let exp = FloatSpec::new(KIND_LOWER_EXP);
    for i in 0..n {
        let bits = xorshift(&mut st);
        let p = (xorshift(&mut st) % 25) as usize;
        let mut fixed = FloatSpec::new(KIND_DISPLAY);
        fixed.has_precision = true;
        fixed.precision = p;
        let mut fixed_exp = FloatSpec::new(KIND_LOWER_EXP);
        fixed_exp.has_precision = true;
        fixed_exp.precision = p;
        for v in [Value::F64(f64::from_bits(bits)), Value::F32(f32::from_bits(bits as u32))] {
            let (a, b, c, d) = match v {
                Value::F64(x) => (format!("{:?}", x), format!("{:e}", x), format!("{:.p$}", x), format!("{:.p$e}", x)),
                Value::F32(x) => (format!("{:?}", x), format!("{:e}", x), format!("{:.p$}", x), format!("{:.p$e}", x)),
            };
            rep.compare(&format!("{} {{:?}}", describe(v)), &a, &ours(v, &debug, out));
            rep.compare(&format!("{} {{:e}}", describe(v)), &b, &ours(v, &exp, out));
            if i % 4 == 0 {
                rep.compare(&format!("{} {{:.{}}}", describe(v), p), &c, &ours(v, &fixed, out));
                rep.compare(&format!("{} {{:.{}e}}", describe(v), p), &d, &ours(v, &fixed_exp, out));
            }
        }
        let text = random_decimal_text(&mut st);
        let r64 = match text.parse::<f64>() { Ok(x) => format!("{:016x}", x.to_bits()), Err(e) => format!("err:{}", e) };
        let r32 = match text.parse::<f32>() { Ok(x) => format!("{:08x}", x.to_bits()), Err(e) => format!("err:{}", e) };
        rep.compare(&format!("parse::<f64>({:?})", text), &r64, &parse_outcome64(&text, true));
        rep.compare(&format!("parse::<f32>({:?})", text), &r32, &parse_outcome32(&text, true));
    }
}

fn random_decimal_text(st: &mut u64) -> String {
    let mut s = String::new();
    let n = 1 + xorshift(st) % 30;
    for _ in 0..n {
        s.push((b'0' + (xorshift(st) % 10) as u8) as char);
    }
    if xorshift(st) % 2 == 0 {
        let p = (xorshift(st) % (n + 1)) as usize;
        s.insert(p, '.');
    }
    let e = (xorshift(st) % 760) as i64 - 380;
    format!("{}e{}", s, e)
}

fn f32_range(lo: u32, hi: u32, rep: &mut Report, out: &mut FloatOut) {
    let debug = FloatSpec::new(KIND_DEBUG);
    let mut bits = lo;
    while bits < hi {
        let x = f32::from_bits(bits);
        let v = Value::F32(x);
        rep.compare(&describe(v), &format!("{:?}", x), &ours(v, &debug, out));
        bits += 1;
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let path = args.get(1).expect("usage: float_native_driver FLOATS.TXT [--time]");
    let timing = args.iter().any(|a| a == "--time");
    if let Some(i) = args.iter().position(|a| a == "--stress" || a == "--f32-range") {
        let mut out = Box::new(FloatOut::new());
        let mut rep = Report { checked: 0, mismatches: 0 };
        if args[i] == "--stress" {
            stress(args[i + 1].parse().unwrap(), &mut rep, &mut out);
        } else {
            let lo = u32::from_str_radix(&args[i + 1], 16).unwrap();
            let hi = u32::from_str_radix(&args[i + 2], 16).unwrap();
            f32_range(lo, hi, &mut rep, &mut out);
        }
        println!("{} comparisons, {} mismatches", rep.checked, rep.mismatches);
        std::process::exit(if rep.mismatches > 0 { 1 } else { 0 });
    }
    let data = std::fs::read_to_string(path).unwrap();
    let specs = data_specs();
    let mut out = Box::new(FloatOut::new());
    let mut rep = Report { checked: 0, mismatches: 0 };
    let mut values = Vec::new();
    let mut lines = 0;
    let mut parse_lines = 0;
    for line in data.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields[0] == "parse" {
            assert_eq!(fields.len(), 4, "bad parse line {:?}", line);
            if !timing {
                check_parse_line(&fields, &mut rep);
            }
            parse_lines += 1;
        } else if timing {
            let bits = u64::from_str_radix(fields[0], 16).unwrap();
            values.push(if fields[1] == "f64" { Value::F64(f64::from_bits(bits)) } else { Value::F32(f32::from_bits(bits as u32)) });
        } else {
            values.push(check_format_line(&fields, &specs, &mut out, &mut rep));
            lines += 1;
        }
    }
    if timing {
        time_formatting(&values, &mut out);
        return;
    }
    check_extra(&values, &mut out, &mut rep);
    println!(
        "{} format lines, {} parse lines, {} comparisons, {} mismatches",
        lines, parse_lines, rep.checked, rep.mismatches
    );
    if rep.mismatches > 0 {
        std::process::exit(1);
    }
}
