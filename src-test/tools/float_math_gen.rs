// Runs every float math function over a fixed-seed set of inputs (and the two-argument ones over a grid of
// special values) and prints each result's bits, one a line
// (after a `# name type` header per function). gen-float-math.sh runs it built by rustc (glibc's libm) to
// write conformance/data/float_math.txt.gz; FloatMathTest runs the same source built by WasmRust and
// compares line by line. Inputs: special values, random bit patterns (every exponent, NaNs, subnormals)
// and random values in each function's useful range. Only the subset of Rust WasmRust compiles is used.

const N: u64 = 10000;

struct Rng {
    s: u64,
}

impl Rng {
    fn next(&mut self) -> u64 {
        // xorshift64*
        let mut x = self.s;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.s = x;
        x.wrapping_mul(0x2545F4914F6CDD1D)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / 9007199254740992.0
    }
    // uniform in [lo, hi]
    fn lin(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.unit()
    }
    // a random binade 2^[e0, e1] with random significand bits (made from bits only, so the inputs do not
    // depend on the float functions under test), with a random sign when `signed`
    fn mag(&mut self, e0: i64, e1: i64, signed: bool) -> f64 {
        let e = e0 + (self.next() % ((e1 - e0 + 1) as u64)) as i64;
        let frac = self.next() >> 12;
        let bits = if e >= -1022 { (((e + 1023) as u64) << 52) | frac } else { (frac | (1u64 << 52)) >> ((-1022 - e) as u64) };
        let v = f64::from_bits(bits);
        if signed && self.next() & 1 == 1 { -v } else { v }
    }
    fn mag32(&mut self, e0: i64, e1: i64, signed: bool) -> f32 {
        let e = e0 + (self.next() % ((e1 - e0 + 1) as u64)) as i64;
        let frac = (self.next() >> 41) as u32;
        let bits = if e >= -126 { (((e + 127) as u32) << 23) | frac } else { (frac | (1u32 << 23)) >> ((-126 - e) as u32) };
        let v = f32::from_bits(bits);
        if signed && self.next() & 1 == 1 { -v } else { v }
    }
}

const SPECIAL64: [u64; 16] = [
    0x0000000000000000, 0x8000000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000,
    0x3ff0000000000000, 0xbff0000000000000, 0x0000000000000001, 0x000fffffffffffff, 0x0010000000000000,
    0x7fefffffffffffff, 0x3fe0000000000000, 0x4000000000000000, 0x400921fb54442d18, 0x3ff921fb54442d18,
    0xc08f400000000000,
];

// every pair of these, for the special cases of the two-argument functions (C99 Annex F's pow table)
const GRID64: [u64; 30] = [
    0x0000000000000000, 0x8000000000000000, 0x7ff0000000000000, 0xfff0000000000000, 0x7ff8000000000000,
    0x3ff0000000000000, 0xbff0000000000000, 0x0000000000000001, 0x000fffffffffffff, 0x0010000000000000,
    0x7fefffffffffffff, 0x3fe0000000000000, 0x4000000000000000, 0xc000000000000000, 0x4008000000000000,
    0xc008000000000000, 0x3fe8000000000000, 0xbfe0000000000000, 0x4340000000000000, 0xc340000000000001,
    0x4330000000000001, 0xc330000000000001, 0x3ff0000000000001, 0x3fefffffffffffff, 0x8000000000000001,
    0xffefffffffffffff, 0x7ff4000000000000, 0x408f400000000000, 0xc08f400000000000, 0x3cb0000000000000,
];

fn grid64<F: Fn(f64, f64) -> f64>(name: &str, f: F) {
    println!("# {} f64", name);
    for a in GRID64.iter() {
        for b in GRID64.iter() {
            println!("{:016x}", f(f64::from_bits(*a), f64::from_bits(*b)).to_bits());
        }
    }
}

fn grid32<F: Fn(f32, f32) -> f32>(name: &str, f: F) {
    println!("# {} f32", name);
    for a in GRID64.iter() {
        for b in GRID64.iter() {
            println!("{:08x}", f(f64::from_bits(*a) as f32, f64::from_bits(*b) as f32).to_bits());
        }
    }
}

// input i of a function: a special value, raw bits, or the function's range (kind picks the range)
fn input(r: &mut Rng, i: u64, kind: u32) -> f64 {
    if i < 16 {
        return f64::from_bits(SPECIAL64[i as usize]);
    }
    let c = r.next() % 10;
    if c == 0 {
        return f64::from_bits(r.next());
    }
    if c == 1 {
        // small magnitudes, where the first terms of a series decide
        return r.mag(-60, -1, true);
    }
    match kind {
        0 => r.mag(-1074, 1023, true),          // anything
        1 => r.lin(-750.0, 720.0),                  // exp
        2 => r.lin(-1100.0, 1030.0),                // exp2
        3 => r.mag(-1074, 1023, false),         // logarithms: positive
        4 => if r.next() & 1 == 0 { r.lin(-20.0, 20.0) } else { r.mag(-20, 60, true) }, // trigonometric
        5 => r.lin(-1.0, 1.0),                      // asin, acos, atanh
        6 => r.lin(-725.0, 725.0),                  // sinh, cosh
        7 => r.lin(-25.0, 25.0),                    // tanh
        8 => r.lin(-1.0, 30.0),                     // ln_1p, exp_m1 near their interesting part
        9 => r.mag(0, 40, false),               // acosh
        _ => r.lin(-50.0, 50.0),
    }
}

fn input32(r: &mut Rng, i: u64, kind: u32) -> f32 {
    if i < 16 {
        return (f64::from_bits(SPECIAL64[i as usize])) as f32;
    }
    if r.next() % 10 == 0 {
        return f32::from_bits(r.next() as u32);
    }
    let v = input(r, i, kind);
    if kind == 0 || kind == 3 {
        // the f32 range
        return r.mag32(-149, 127, kind == 0);
    }
    v as f32
}

fn un64<F: Fn(f64) -> f64>(name: &str, kind: u32, f: F, seed: u64) {
    println!("# {} f64", name);
    let mut r = Rng { s: seed };
    let mut i = 0;
    while i < N {
        let x = input(&mut r, i, kind);
        println!("{:016x}", f(x).to_bits());
        i += 1;
    }
}

fn un32<F: Fn(f32) -> f32>(name: &str, kind: u32, f: F, seed: u64) {
    println!("# {} f32", name);
    let mut r = Rng { s: seed };
    let mut i = 0;
    while i < N {
        let x = input32(&mut r, i, kind);
        println!("{:08x}", f(x).to_bits());
        i += 1;
    }
}

fn bin64<F: Fn(f64, f64) -> f64>(name: &str, kx: u32, ky: u32, f: F, seed: u64) {
    println!("# {} f64", name);
    let mut r = Rng { s: seed };
    let mut i = 0;
    while i < N {
        let x = input(&mut r, (i * 7) % 256, kx);
        let y = input(&mut r, i / 16, ky);
        println!("{:016x}", f(x, y).to_bits());
        i += 1;
    }
}

fn bin32<F: Fn(f32, f32) -> f32>(name: &str, kx: u32, ky: u32, f: F, seed: u64) {
    println!("# {} f32", name);
    let mut r = Rng { s: seed };
    let mut i = 0;
    while i < N {
        let x = input32(&mut r, (i * 7) % 256, kx);
        let y = input32(&mut r, i / 16, ky);
        println!("{:08x}", f(x, y).to_bits());
        i += 1;
    }
}

fn powf64(x: f64, y: f64) -> f64 {
    x.powf(y)
}
fn powf32(x: f32, y: f32) -> f32 {
    x.powf(y)
}
// pow on bases in (0, 10] and negative bases with integral exponents, where learners use it
fn pow_useful64(x: f64, y: f64) -> f64 {
    let b = x.abs() % 10.0;
    if y.fract() == 0.0 { (-b).powf(y) } else { b.powf(y) }
}
fn pow_useful32(x: f32, y: f32) -> f32 {
    let b = x.abs() % 10.0;
    if y.fract() == 0.0 { (-b).powf(y) } else { b.powf(y) }
}
fn pow_int64(x: f64, y: f64) -> f64 {
    x.powf(y.round())
}
fn pow_int32(x: f32, y: f32) -> f32 {
    x.powf(y.round())
}
fn log64(x: f64, y: f64) -> f64 {
    x.log(y)
}
fn log32(x: f32, y: f32) -> f32 {
    x.log(y)
}
fn fma64(x: f64, y: f64) -> f64 {
    x.mul_add(y, x * 0.75 - y)
}
fn fma32(x: f32, y: f32) -> f32 {
    x.mul_add(y, x * 0.75 - y)
}
fn fma_c64(x: f64, y: f64) -> f64 {
    x.mul_add(y, -(x * y))
}
fn fma_c32(x: f32, y: f32) -> f32 {
    x.mul_add(y, -(x * y))
}
fn sin_cos_s64(x: f64) -> f64 {
    x.sin_cos().0
}
fn sin_cos_c64(x: f64) -> f64 {
    x.sin_cos().1
}
fn sin_cos_s32(x: f32) -> f32 {
    x.sin_cos().0
}
fn sin_cos_c32(x: f32) -> f32 {
    x.sin_cos().1
}

fn main() {
    un64("exp", 1, f64::exp, 1);
    un32("exp", 1, f32::exp, 1);
    un64("exp2", 2, f64::exp2, 2);
    un32("exp2", 2, f32::exp2, 2);
    un64("exp_m1", 8, f64::exp_m1, 3);
    un32("exp_m1", 8, f32::exp_m1, 3);
    un64("ln", 3, f64::ln, 4);
    un32("ln", 3, f32::ln, 4);
    un64("ln_1p", 8, f64::ln_1p, 5);
    un32("ln_1p", 8, f32::ln_1p, 5);
    un64("log2", 3, f64::log2, 6);
    un32("log2", 3, f32::log2, 6);
    un64("log10", 3, f64::log10, 7);
    un32("log10", 3, f32::log10, 7);
    un64("sin", 4, f64::sin, 8);
    un32("sin", 4, f32::sin, 8);
    un64("cos", 4, f64::cos, 9);
    un32("cos", 4, f32::cos, 9);
    un64("tan", 4, f64::tan, 10);
    un32("tan", 4, f32::tan, 10);
    un64("sin_cos.0", 4, sin_cos_s64, 11);
    un32("sin_cos.0", 4, sin_cos_s32, 11);
    un64("sin_cos.1", 4, sin_cos_c64, 35);
    un32("sin_cos.1", 4, sin_cos_c32, 35);
    un64("asin", 5, f64::asin, 12);
    un32("asin", 5, f32::asin, 12);
    un64("acos", 5, f64::acos, 13);
    un32("acos", 5, f32::acos, 13);
    un64("atan", 0, f64::atan, 14);
    un32("atan", 0, f32::atan, 14);
    un64("sinh", 6, f64::sinh, 15);
    un32("sinh", 6, f32::sinh, 15);
    un64("cosh", 6, f64::cosh, 16);
    un32("cosh", 6, f32::cosh, 16);
    un64("tanh", 7, f64::tanh, 17);
    un32("tanh", 7, f32::tanh, 17);
    un64("asinh", 0, f64::asinh, 18);
    un32("asinh", 0, f32::asinh, 18);
    un64("acosh", 9, f64::acosh, 19);
    un32("acosh", 9, f32::acosh, 19);
    un64("atanh", 5, f64::atanh, 20);
    un32("atanh", 5, f32::atanh, 20);
    un64("cbrt", 0, f64::cbrt, 21);
    un32("cbrt", 0, f32::cbrt, 21);
    un64("recip", 0, f64::recip, 22);
    un32("recip", 0, f32::recip, 22);
    un64("to_degrees", 0, f64::to_degrees, 23);
    un32("to_degrees", 0, f32::to_degrees, 23);
    un64("to_radians", 0, f64::to_radians, 24);
    un32("to_radians", 0, f32::to_radians, 24);
    bin64("powf", 0, 0, powf64, 25);
    bin32("powf", 0, 0, powf32, 25);
    bin64("powf_useful", 10, 10, pow_useful64, 26);
    bin32("powf_useful", 10, 10, pow_useful32, 26);
    bin64("powf_int", 0, 10, pow_int64, 27);
    bin32("powf_int", 0, 10, pow_int32, 27);
    bin64("atan2", 0, 0, f64::atan2, 28);
    bin32("atan2", 0, 0, f32::atan2, 28);
    bin64("hypot", 0, 10, f64::hypot, 29);
    bin32("hypot", 0, 10, f32::hypot, 29);
    bin64("log", 3, 3, log64, 30);
    bin32("log", 3, 3, log32, 30);
    bin64("rem_euclid", 10, 10, f64::rem_euclid, 31);
    bin32("rem_euclid", 10, 10, f32::rem_euclid, 31);
    bin64("div_euclid", 10, 10, f64::div_euclid, 32);
    bin32("div_euclid", 10, 10, f32::div_euclid, 32);
    bin64("mul_add", 0, 10, fma64, 33);
    bin32("mul_add", 0, 10, fma32, 33);
    bin64("mul_add_residual", 10, 10, fma_c64, 34);
    bin32("mul_add_residual", 10, 10, fma_c32, 34);
    grid64("powf_grid", powf64);
    grid32("powf_grid", powf32);
    grid64("atan2_grid", f64::atan2);
    grid32("atan2_grid", f32::atan2);
    grid64("hypot_grid", f64::hypot);
    grid32("hypot_grid", f32::hypot);
    grid64("log_grid", log64);
    grid32("log_grid", log32);
    grid64("rem_euclid_grid", f64::rem_euclid);
    grid32("rem_euclid_grid", f32::rem_euclid);
    grid64("div_euclid_grid", f64::div_euclid);
    grid32("div_euclid_grid", f32::div_euclid);
    grid64("mul_add_grid", fma64);
    grid32("mul_add_grid", fma32);
}
