// The elementary functions of f64 and f32 (exp, ln, pow, sin, atan, ...), in Rust so a module needs no host
// import. Each is evaluated in double-double arithmetic (a value is an unevaluated sum hi + lo of two f64s,
// ~106 bits, built from Dekker's exact product and Knuth's exact sum, so no FMA is needed) and rounded once
// at the end: the result is then the correctly rounded one except in astronomically rare cases, which is
// what glibc's libm, the one rustc's binaries call on Linux, returns too for most functions.
// Algorithms, written from the mathematics:
// - exp: x = k ln2 + r (Cody–Waite with a 3-part ln 2), exp(r) - 1 by Taylor on r/32, then 5 squarings
//   in the form (1+e)^2 - 1 = 2e + e^2, which keeps expm1's relative accuracy;
// - ln: x = 2^e m, m in [sqrt(1/2), sqrt 2), ln m = 2 atanh((m-1)/(m+1)) by its series;
// - sin/cos/tan: x = n pi/2 + r, with a 4-part pi/2 below 2^28 and Payne–Hanek (2/pi's bits, from
//   float_consts.rs) above, then Taylor in double-double on |r| <= pi/4;
// - atan: three argument halvings atan t = 2 atan(t / (1 + sqrt(1 + t^2))), then its series; asin, acos
//   and atan2 reduce to it.
// Double-doubles are (hi, lo) tuples with |lo| <= ulp(hi)/2.

// ---- double-double arithmetic ----

fn __two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    let bb = s - a;
    (s, (a - (s - bb)) + (b - bb))
}

// only when |a| >= |b| (or a == 0)
fn __fast_two_sum(a: f64, b: f64) -> (f64, f64) {
    let s = a + b;
    (s, b - (s - a))
}

// Veltkamp's split of a into two 26-bit halves (|a| < 2^996 so the scaling cannot overflow)
fn __split(a: f64) -> (f64, f64) {
    let c = 134217729.0 * a;
    let hi = c - (c - a);
    (hi, a - hi)
}

// Dekker's exact product: a * b == p + e
fn __two_prod(a: f64, b: f64) -> (f64, f64) {
    let p = a * b;
    let (ah, al) = __split(a);
    let (bh, bl) = __split(b);
    (p, ((ah * bh - p) + ah * bl + al * bh) + al * bl)
}

fn __dd_add(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (s, e) = __two_sum(a.0, b.0);
    let (t, f) = __two_sum(a.1, b.1);
    let (s2, e2) = __fast_two_sum(s, e + t);
    __fast_two_sum(s2, e2 + f)
}

fn __dd_neg(a: (f64, f64)) -> (f64, f64) {
    (-a.0, -a.1)
}

fn __dd_sub(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    __dd_add(a, __dd_neg(b))
}

fn __dd_mul(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let (p, e) = __two_prod(a.0, b.0);
    __fast_two_sum(p, e + (a.0 * b.1 + a.1 * b.0))
}

fn __dd_mul_d(a: (f64, f64), b: f64) -> (f64, f64) {
    let (p, e) = __two_prod(a.0, b);
    __fast_two_sum(p, e + a.1 * b)
}

fn __dd_div(a: (f64, f64), b: (f64, f64)) -> (f64, f64) {
    let q1 = a.0 / b.0;
    let r = __dd_sub(a, __dd_mul_d(b, q1));
    let q2 = r.0 / b.0;
    let r2 = __dd_sub(r, __dd_mul_d(b, q2));
    let q3 = r2.0 / b.0;
    let (s, e) = __fast_two_sum(q1, q2);
    __dd_add((s, e), (q3, 0.0))
}

fn __dd_div_d(a: (f64, f64), b: f64) -> (f64, f64) {
    __dd_div(a, (b, 0.0))
}

fn __dd_sqrt(a: (f64, f64)) -> (f64, f64) {
    if a.0 <= 0.0 {
        return (a.0.sqrt(), 0.0);
    }
    let s = a.0.sqrt();
    let (p, e) = __two_prod(s, s);
    __fast_two_sum(s, (((a.0 - p) - e) + a.1) / (2.0 * s))
}

fn __dd_scale(a: (f64, f64), k: i32) -> (f64, f64) {
    let f = __pow2(k);
    (a.0 * f, a.1 * f)
}

// 2^k for a normal exponent k in [-1022, 1023]
fn __pow2(k: i32) -> f64 {
    f64::from_bits(((k + 1023) as u64) << 52)
}

// x * 2^k with one rounding, for any k (the product may overflow or be subnormal)
fn __ldexp(x: f64, k: i32) -> f64 {
    if k > 1023 {
        let y = x * __pow2(1023);
        if k - 1023 > 1023 {
            return y * __pow2(1023);
        }
        return y * __pow2(k - 1023);
    }
    if k < -1022 {
        // first exactly into the lowest normal binade's neighbourhood, then once into the subnormals
        let y = x * __pow2(k + 600);
        if k + 600 < -1022 {
            return y * __pow2(-600) * 0.0;
        }
        return y * __pow2(-600);
    }
    x * __pow2(k)
}

fn __exponent(x: f64) -> i32 {
    (((x.to_bits() >> 52) & 0x7ff) as i32) - 1023
}

const __LN2: (f64, f64) = (__LN2_0, __LN2_1);
const __PIO2: (f64, f64) = (__PIO2_0, __PIO2_1);
const __PI_DD: (f64, f64) = (__PI_0, __PI_1);

// k ln 2 with k's product by each part exact
fn __k_ln2(k: f64) -> (f64, f64) {
    let a = __two_prod(k, __LN2_0);
    let b = __two_prod(k, __LN2_1);
    __dd_add(a, __dd_add(b, (k * __LN2_2, 0.0)))
}

// ---- exp ----

// exp(x) = 2^k (1 + e), returned as (e, k); x must be finite and |x| < ~1100
fn __exp_dd(x: (f64, f64)) -> ((f64, f64), i32) {
    let k = (x.0 * __INV_LN2_0).round();
    let r = __dd_sub(x, __k_ln2(k));
    let s = __dd_scale(r, -5);
    // e = exp(s) - 1 = s (1 + s/2! + s^2/3! + ...), |s| < 0.011 so terms to s^12/13! reach 2^-110; from
    // s^6/7! on (below 2^-51 of the sum) they are summed in plain f64, whose error is then below 2^-104
    let mut t = __INV_FACT_HI[13];
    let mut n = 12;
    while n >= 7 {
        t = __INV_FACT_HI[n] + s.0 * t;
        n -= 1;
    }
    let mut p: (f64, f64) = (t, 0.0);
    while n >= 1 {
        p = __dd_add((__INV_FACT_HI[n], __INV_FACT_LO[n]), __dd_mul(s, p));
        n -= 1;
    }
    let mut e = __dd_mul(s, p);
    let mut i = 0;
    while i < 5 {
        e = __dd_add(__dd_scale(e, 1), __dd_mul(e, e));
        i += 1;
    }
    (e, k as i32)
}

pub fn __exp(x: f64) -> (f64, f64) {
    if x != x {
        return (x + x, 0.0);
    }
    if x > 709.8 {
        return (f64::INFINITY, 0.0);
    }
    if x < -745.2 {
        return (0.0, 0.0);
    }
    if x.abs() < 1.0e-300 {
        return __dd_add((1.0, 0.0), (x, 0.0));
    }
    let (e, k) = __exp_dd((x, 0.0));
    __finish_scaled(__dd_add((1.0, 0.0), e), k)
}

// m 2^k as a double-double whose hi is the rounded result (including overflow and subnormals)
fn __finish_scaled(m: (f64, f64), k: i32) -> (f64, f64) {
    if k >= -1000 && k <= 1000 {
        return __dd_scale(m, k);
    }
    let h = __ldexp(m.0, k);
    if h.is_infinite() || h == 0.0 {
        return (h, 0.0);
    }
    if k > 0 || h.abs() >= 2.2250738585072014e-308 {
        return (h, __ldexp(m.1, k));
    }
    // a subnormal result: m.lo decides only an exact tie of m.hi, so it is folded in before the rounding
    let back = __ldexp(h, -k);
    let rest = (m.0 - back) + m.1;
    // (m is positive here: callers apply signs afterwards) one subnormal step, not back + rest, which
    // could round a second time
    let half = __ldexp(0.5, -1074 - k);
    if rest > half {
        return (f64::from_bits(h.to_bits() + 1), 0.0);
    }
    if rest < -half {
        return (f64::from_bits(h.to_bits() - 1), 0.0);
    }
    (h, 0.0)
}

pub fn __exp2(x: f64) -> (f64, f64) {
    if x != x {
        return (x + x, 0.0);
    }
    if x >= 1024.0 {
        return (f64::INFINITY, 0.0);
    }
    if x < -1080.0 {
        return (0.0, 0.0);
    }
    let k = x.round();
    let r = x - k;
    if r == 0.0 {
        return (__ldexp(1.0, k as i32), 0.0);
    }
    let t = __dd_mul_d(__LN2, r);
    let t2 = __dd_add(t, (__LN2_2 * r, 0.0));
    let (e, k2) = __exp_dd(t2);
    __finish_scaled(__dd_add((1.0, 0.0), e), k2 + k as i32)
}

pub fn __expm1(x: f64) -> (f64, f64) {
    if x != x {
        return (x + x, 0.0);
    }
    if x > 709.8 {
        return (f64::INFINITY, 0.0);
    }
    if x < -40.0 {
        return __dd_add((-1.0, 0.0), (__exp(x).0, 0.0));
    }
    if x.abs() < 1.0e-200 {
        return (x, 0.0);
    }
    let (e, k) = __exp_dd((x, 0.0));
    if k == 0 {
        return e;
    }
    if k > 1000 {
        return __finish_scaled(__dd_add((1.0, 0.0), e), k);
    }
    // 2^k (1 + e) - 1 = 2^k e + (2^k - 1)
    __dd_add(__dd_scale(e, k), (__pow2(k) - 1.0, 0.0))
}

// ---- ln ----

// ln of a positive finite double-double
fn __ln_dd(x: (f64, f64)) -> (f64, f64) {
    let mut m = x;
    let mut e = 0;
    if m.0 < 2.2250738585072014e-308 {
        m = __dd_scale(m, 60);
        e = -60;
    }
    let ex = __exponent(m.0);
    m = (__ldexp(m.0, -ex), __ldexp(m.1, -ex));
    e += ex;
    if m.0 > 1.4142135623730951 {
        m = __dd_scale(m, -1);
        e += 1;
    }
    let num = __dd_sub(m, (1.0, 0.0));
    let s = __dd_div(num, __dd_add(m, (1.0, 0.0)));
    let s2 = __dd_mul(s, s);
    // ln m = 2 (s + s^3/3 + s^5/5 + ...), s^2 <= 0.0295: the tail beyond s^21 is below 2^-108
    let mut tail = 0.0;
    let mut n = 22;
    while n >= 10 {
        tail = 1.0 / ((2 * n + 1) as f64) + s2.0 * tail;
        n -= 1;
    }
    let mut p: (f64, f64) = (tail, 0.0);
    while n >= 1 {
        let k = (2 * n + 1) as usize;
        p = __dd_add((__RECIP_HI[k], __RECIP_LO[k]), __dd_mul(s2, p));
        n -= 1;
    }
    p = __dd_add((1.0, 0.0), __dd_mul(s2, p));
    let lnm = __dd_scale(__dd_mul(s, p), 1);
    if e == 0 {
        return lnm;
    }
    __dd_add(__k_ln2(e as f64), lnm)
}

// NaN, negative, zero and infinite arguments of a logarithm; None when the argument is positive and finite
fn __log_special(x: f64) -> Option<f64> {
    if x != x {
        return Some(x + x);
    }
    if x == 0.0 {
        return Some(f64::NEG_INFINITY);
    }
    if x < 0.0 {
        return Some((x - x) / 0.0);
    }
    if x == f64::INFINITY {
        return Some(x);
    }
    None
}

pub fn __ln(x: f64) -> (f64, f64) {
    if let Some(v) = __log_special(x) {
        return (v, 0.0);
    }
    if x == 1.0 {
        return (0.0, 0.0);
    }
    __ln_dd((x, 0.0))
}

pub fn __log2(x: f64) -> (f64, f64) {
    if let Some(v) = __log_special(x) {
        return (v, 0.0);
    }
    // exact powers of two give exact integers: the exponent is added apart from ln m / ln 2
    let mut m = x;
    let mut e = 0;
    if m < 2.2250738585072014e-308 {
        m = m * __pow2(60);
        e = -60;
    }
    let ex = __exponent(m);
    m = __ldexp(m, -ex);
    e += ex;
    if m > 1.4142135623730951 {
        m = m * 0.5;
        e += 1;
    }
    if m == 1.0 {
        return (e as f64, 0.0);
    }
    let l = __dd_mul(__ln_dd((m, 0.0)), (__INV_LN2_0, __INV_LN2_1));
    __dd_add((e as f64, 0.0), l)
}

pub fn __log10(x: f64) -> (f64, f64) {
    if let Some(v) = __log_special(x) {
        return (v, 0.0);
    }
    if x == 1.0 {
        return (0.0, 0.0);
    }
    let l = __dd_mul(__ln_dd((x, 0.0)), (__INV_LN10_0, __INV_LN10_1));
    // exact powers of ten give exact integers
    let n = l.0.round();
    if n == l.0 && n >= 0.0 && n <= 22.0 && __pow10(n as i32) == x {
        return (n, 0.0);
    }
    l
}

fn __pow10(n: i32) -> f64 {
    let mut p = 1.0;
    let mut i = 0;
    while i < n {
        p = p * 10.0;
        i += 1;
    }
    p
}

pub fn __ln_1p(x: f64) -> (f64, f64) {
    if x != x {
        return (x + x, 0.0);
    }
    if x == -1.0 {
        return (f64::NEG_INFINITY, 0.0);
    }
    if x < -1.0 {
        return ((x - x) / 0.0, 0.0);
    }
    if x == f64::INFINITY {
        return (x, 0.0);
    }
    if x.abs() < 1.0e-200 {
        return (x, 0.0);
    }
    __ln_dd(__two_sum(1.0, x))
}

// ---- pow ----

// 0 when y is not an integer, 1 when it is an odd one, 2 when an even one
fn __int_kind(y: f64) -> i32 {
    if y.trunc() != y {
        return 0;
    }
    if y.abs() >= 9007199254740992.0 {
        return 2;
    }
    if (y * 0.5).trunc() == y * 0.5 {
        2
    } else {
        1
    }
}

// C99 Annex F's pow, as glibc implements it
pub fn __pow(x: f64, y: f64) -> (f64, f64) {
    if y == 0.0 || x == 1.0 {
        return (1.0, 0.0);
    }
    if x != x || y != y {
        return (x + y, 0.0);
    }
    let yk = __int_kind(y);
    if x == 0.0 {
        let odd = yk == 1;
        if y < 0.0 {
            let v = if odd { 1.0 / x } else { f64::INFINITY };
            return (v, 0.0);
        }
        return (if odd { x } else { 0.0 }, 0.0);
    }
    if y.is_infinite() {
        if x == -1.0 {
            return (1.0, 0.0);
        }
        let big = x.abs() > 1.0;
        return (if big == (y > 0.0) { f64::INFINITY } else { 0.0 }, 0.0);
    }
    if x.is_infinite() {
        let odd = yk == 1 && x < 0.0;
        let v = if y < 0.0 { 0.0 } else { f64::INFINITY };
        return (if odd { -v } else { v }, 0.0);
    }
    let mut sign = 1.0;
    if x < 0.0 {
        if yk == 0 {
            return ((x - x) / 0.0, 0.0);
        }
        if yk == 1 {
            sign = -1.0;
        }
    }
    if y == 1.0 {
        return (x, 0.0);
    }
    if x == 1.0 || x == -1.0 {
        // |x| = 1 with an integral y (a non-integral one was a NaN above), even where y overflows Dekker's split
        return (sign, 0.0);
    }
    let l = __ln_dd((x.abs(), 0.0));
    // far beyond the range of exp the product's sign decides (and would overflow Dekker's split)
    let approx = l.0 * y;
    if approx > 1.0e4 {
        return (sign * f64::INFINITY, 0.0);
    }
    if approx < -1.0e4 {
        return (sign * 0.0, 0.0);
    }
    let t = __dd_mul_d(l, y);
    if t.0 > 709.8 {
        return (sign * f64::INFINITY, 0.0);
    }
    if t.0 < -745.2 {
        return (sign * 0.0, 0.0);
    }
    let (e, k) = __exp_dd(t);
    let r = __finish_scaled(__dd_add((1.0, 0.0), e), k);
    (sign * r.0, sign * r.1)
}

// ---- sin, cos, tan ----

// x = n pi/2 + r for finite x >= 0: (n mod 4, r) with |r| <= ~pi/4
fn __rem_pio2(x: f64) -> (i32, (f64, f64)) {
    if x < 0.7853981633974483 {
        return (0, (x, 0.0));
    }
    if x < 268435456.0 {
        // Cody–Waite: k times each part of pi/2 is exact (two_prod) for the first three
        let k = (x * 0.6366197723675814).round();
        let a = __two_prod(k, __PIO2_0);
        let b = __two_prod(k, __PIO2_1);
        let c = __two_prod(k, __PIO2_2);
        let mut r = __dd_sub((x, 0.0), a);
        r = __dd_sub(r, b);
        r = __dd_sub(r, c);
        r = __dd_sub(r, (k * __PIO2_3, 0.0));
        return (((k as i64) & 3) as i32, r);
    }
    __rem_pio2_large(x)
}

// 64 bits of 2/pi's fraction starting at bit i (bit 0 is the first after the point; bits before it are 0)
fn __two_over_pi_bits(i: i64) -> u64 {
    let w = i.div_euclid(64);
    let o = i.rem_euclid(64) as u32;
    let a = __two_over_pi_word(w);
    if o == 0 {
        return a;
    }
    (a << o) | (__two_over_pi_word(w + 1) >> (64 - o))
}

fn __two_over_pi_word(w: i64) -> u64 {
    if w < 0 || w >= 20 {
        0
    } else {
        __TWO_OVER_PI[w as usize]
    }
}

// Payne–Hanek: x = m 2^q with m a 53-bit integer; x 2/pi mod 4 needs only the bits of 2/pi from q - 2 on
// (earlier ones multiply m into multiples of 4), and a 192-bit window of them leaves an error below 2^-140
fn __rem_pio2_large(x: f64) -> (i32, (f64, f64)) {
    let bits = x.to_bits();
    let m = (bits & 0xfffffffffffff) | 0x10000000000000;
    let q = (((bits >> 52) & 0x7ff) as i64) - 1075;
    let start = q - 2;
    let w0 = __two_over_pi_bits(start);
    let w1 = __two_over_pi_bits(start + 64);
    let w2 = __two_over_pi_bits(start + 128);
    // P = m (w0 2^128 + w1 2^64 + w2) weighs 2^(q - start - 192) = 2^-190 a unit: bit 190 of P has weight 1
    let p2 = (m as u128) * (w2 as u128);
    let p1 = (m as u128) * (w1 as u128);
    let p0 = (m as u128) * (w0 as u128);
    let l0 = p2 as u64;
    let c1 = (p2 >> 64) + (p1 & 0xffffffffffffffff);
    let l1 = c1 as u64;
    let c2 = (c1 >> 64) + (p1 >> 64) + (p0 & 0xffffffffffffffff);
    let l2 = c2 as u64;
    let mut n = ((l2 >> 62) & 3) as i32;
    // the fraction's first 128 bits (bits 189..62 of P)
    let f: u128 = (((l2 & 0x3fffffffffffffff) as u128) << 66) | ((l1 as u128) << 2) | ((l0 >> 62) as u128);
    let mut neg = false;
    let mut mag = f;
    if f >> 127 == 1 {
        // the nearer multiple of pi/2 is above: r is negative
        n = (n + 1) & 3;
        neg = true;
        mag = !f + 1;
    }
    // mag / 2^128 as a double-double from exact 52-, 52- and 24-bit pieces
    let t1 = (mag >> 76) as u64;
    let t2 = ((mag >> 24) as u64) & 0xfffffffffffff;
    let t3 = (mag as u64) & 0xffffff;
    let fr = __dd_add(__fast_two_sum((t1 as f64) * __pow2(-52), (t2 as f64) * __pow2(-104)),
                      ((t3 as f64) * __pow2(-128), 0.0));
    let mut r = __dd_mul(fr, __PIO2);
    if neg {
        r = __dd_neg(r);
    }
    (n, r)
}

// sin r for |r| <= ~pi/4: r (1 - r^2/3! + r^4/5! - ...) to r^28/29!, below 2^-110 of the sum
fn __sin_kernel(r: (f64, f64)) -> (f64, f64) {
    __dd_mul(r, __trig_series(__dd_mul(r, r), 29))
}

// cos r: 1 - r^2/2! + r^4/4! - ... to r^28/28!
fn __cos_kernel(r: (f64, f64)) -> (f64, f64) {
    __trig_series(__dd_mul(r, r), 28)
}

// 1/b! - r2/(b+2)! + r2^2/(b+4)! - ... up to 1/top!, b = top mod 2, by Horner's rule
fn __trig_series(r2: (f64, f64), top: usize) -> (f64, f64) {
    // from the 16th/17th factorial on the terms are below 2^-50 of the sum: plain f64 suffices for them
    let mut k = top;
    let mut t = __INV_FACT_HI[k];
    while k >= 18 {
        k -= 2;
        t = __INV_FACT_HI[k] - r2.0 * t;
    }
    let mut p: (f64, f64) = (t, 0.0);
    while k >= 2 {
        k -= 2;
        p = __dd_sub((__INV_FACT_HI[k], __INV_FACT_LO[k]), __dd_mul(r2, p));
    }
    p
}

pub fn __sin(x: f64) -> (f64, f64) {
    if !x.is_finite() {
        return (x - x, 0.0);
    }
    if x.abs() < 1.0e-8 {
        return (x, 0.0);
    }
    let (n, r) = __rem_pio2(x.abs());
    let v = match n {
        0 => __sin_kernel(r),
        1 => __cos_kernel(r),
        2 => __dd_neg(__sin_kernel(r)),
        _ => __dd_neg(__cos_kernel(r)),
    };
    if x < 0.0 {
        __dd_neg(v)
    } else {
        v
    }
}

pub fn __cos(x: f64) -> (f64, f64) {
    if !x.is_finite() {
        return (x - x, 0.0);
    }
    if x.abs() < 1.0e-9 {
        return (1.0, 0.0);
    }
    let (n, r) = __rem_pio2(x.abs());
    match n {
        0 => __cos_kernel(r),
        1 => __dd_neg(__sin_kernel(r)),
        2 => __dd_neg(__cos_kernel(r)),
        _ => __sin_kernel(r),
    }
}

pub fn __tan(x: f64) -> (f64, f64) {
    if !x.is_finite() {
        return (x - x, 0.0);
    }
    if x.abs() < 1.0e-8 {
        return (x, 0.0);
    }
    let (n, r) = __rem_pio2(x.abs());
    let s = __sin_kernel(r);
    let c = __cos_kernel(r);
    let v = if n & 1 == 0 { __dd_div(s, c) } else { __dd_neg(__dd_div(c, s)) };
    if x < 0.0 {
        __dd_neg(v)
    } else {
        v
    }
}

// ---- atan, atan2, asin, acos ----

// atan of a double-double t >= 0
fn __atan_dd(t: (f64, f64)) -> (f64, f64) {
    if t.0 > 1.0 {
        return __dd_sub(__PIO2, __atan_dd(__dd_div((1.0, 0.0), t)));
    }
    let mut u = t;
    let mut i = 0;
    while i < 3 {
        let w = __dd_add((1.0, 0.0), __dd_sqrt(__dd_add((1.0, 0.0), __dd_mul(u, u))));
        u = __dd_div(u, w);
        i += 1;
    }
    // |u| <= tan(pi/32): atan u = u (1 - u^2/3 + u^4/5 - ...), 17 terms
    let u2 = __dd_mul(u, u);
    let mut tail = 0.0;
    let mut n = 17;
    while n >= 9 {
        tail = 1.0 / ((2 * n + 1) as f64) - u2.0 * tail;
        n -= 1;
    }
    let mut p: (f64, f64) = (tail, 0.0);
    while n >= 1 {
        let k = (2 * n + 1) as usize;
        p = __dd_sub((__RECIP_HI[k], __RECIP_LO[k]), __dd_mul(u2, p));
        n -= 1;
    }
    p = __dd_sub((1.0, 0.0), __dd_mul(u2, p));
    __dd_scale(__dd_mul(u, p), 3)
}

pub fn __atan(x: f64) -> (f64, f64) {
    if x != x {
        return (x + x, 0.0);
    }
    if x.abs() < 1.0e-8 {
        return (x, 0.0);
    }
    if x.abs() > 1.0e40 {
        return (if x > 0.0 { __PIO2_0 } else { -__PIO2_0 }, 0.0);
    }
    let v = __atan_dd((x.abs(), 0.0));
    if x < 0.0 {
        __dd_neg(v)
    } else {
        v
    }
}

pub fn __atan2(y: f64, x: f64) -> (f64, f64) {
    if x != x || y != y {
        return (x + y, 0.0);
    }
    let ny = y.is_sign_negative();
    let signed = |v: (f64, f64)| if ny { __dd_neg(v) } else { v };
    if y == 0.0 {
        if x.is_sign_negative() {
            return signed(__PI_DD);
        }
        return (y, 0.0);
    }
    if x == 0.0 {
        return signed(__PIO2);
    }
    if x.is_infinite() {
        if y.is_infinite() {
            let v = if x > 0.0 { __dd_scale(__PIO2, -1) } else { __dd_mul_d(__PIO2, 1.5) };
            return signed(v);
        }
        return if x > 0.0 { (y * 0.0, 0.0) } else { signed(__PI_DD) };
    }
    if y.is_infinite() {
        return signed(__PIO2);
    }
    let ax = x.abs();
    let ay = y.abs();
    // both scaled so the larger is near 1 (exact unless the smaller underflows, where the quotient is tiny)
    let e = if ax > ay { __exponent(ax) } else { __exponent(ay) };
    let sx = __ldexp(ax, -e);
    let sy = __ldexp(ay, -e);
    let a = if ay <= ax {
        if sy < 1.0e-300 || __exponent_any(ay) - __exponent_any(ax) < -60 {
            // atan2 = y/x (1 - (y/x)^2/3 + ...) rounds as y/x, a single correctly rounded division (and
            // Dekker's products would underflow for the tiniest quotients)
            let q = __ldexp(ay / ax, 0);
            if x > 0.0 {
                return (if ny { -q } else { q }, 0.0);
            }
            return signed(__PI_DD);
        }
        __atan_dd(__dd_div((sy, 0.0), (sx, 0.0)))
    } else {
        __dd_sub(__PIO2, __atan_dd(__dd_div((sx, 0.0), (sy, 0.0))))
    };
    let v = if x < 0.0 { __dd_sub(__PI_DD, a) } else { a };
    signed(v)
}

// sqrt((1 - x)(1 + x)) for |x| <= 1, in double-double
fn __sqrt_one_minus_sq(x: f64) -> (f64, f64) {
    let a = __two_sum(1.0, -x);
    let b = __two_sum(1.0, x);
    __dd_sqrt(__dd_mul(a, b))
}

pub fn __asin(x: f64) -> (f64, f64) {
    if x != x {
        return (x + x, 0.0);
    }
    if x.abs() > 1.0 {
        return ((x - x) / 0.0, 0.0);
    }
    if x.abs() < 1.0e-8 {
        return (x, 0.0);
    }
    let ax = x.abs();
    let v = if ax == 1.0 {
        __PIO2
    } else {
        let c = __sqrt_one_minus_sq(ax);
        let t = __dd_div((ax, 0.0), c);
        __atan_dd(t)
    };
    if x < 0.0 {
        __dd_neg(v)
    } else {
        v
    }
}

pub fn __acos(x: f64) -> (f64, f64) {
    if x != x {
        return (x + x, 0.0);
    }
    if x.abs() > 1.0 {
        return ((x - x) / 0.0, 0.0);
    }
    if x == 1.0 {
        return (0.0, 0.0);
    }
    if x == -1.0 {
        return __PI_DD;
    }
    if x.abs() < 1.0e-20 {
        return __dd_sub(__PIO2, (x, 0.0));
    }
    let s = __sqrt_one_minus_sq(x);
    let a = __atan_dd(__dd_div(s, (x.abs(), 0.0)));
    if x < 0.0 {
        __dd_sub(__PI_DD, a)
    } else {
        a
    }
}

// ---- hyperbolic functions ----

pub fn __sinh(x: f64) -> (f64, f64) {
    if !x.is_finite() || x == 0.0 {
        return (x + x, 0.0);
    }
    let ax = x.abs();
    let v = if ax < 1.0 {
        // e^x - e^-x = e + e/(1+e) with e = expm1(x)
        let e = __expm1(ax);
        __dd_scale(__dd_add(e, __dd_div(e, __dd_add((1.0, 0.0), e))), -1)
    } else {
        if ax > 711.0 {
            return (if x > 0.0 { f64::INFINITY } else { f64::NEG_INFINITY }, 0.0);
        }
        let (e, k) = __exp_dd((ax, 0.0));
        let m = __dd_add((1.0, 0.0), e);
        let mut v = m;
        if k < 60 {
            v = __dd_sub(m, __dd_scale(__dd_div((1.0, 0.0), m), -2 * k));
        }
        __finish_scaled(v, k - 1)
    };
    if x < 0.0 {
        __dd_neg(v)
    } else {
        v
    }
}

pub fn __cosh(x: f64) -> (f64, f64) {
    if x != x {
        return (x + x, 0.0);
    }
    let ax = x.abs();
    if ax > 711.0 {
        return (f64::INFINITY, 0.0);
    }
    if ax < 1.0e-9 {
        return (1.0, 0.0);
    }
    let (e, k) = __exp_dd((ax, 0.0));
    let m = __dd_add((1.0, 0.0), e);
    let mut v = m;
    if k < 60 {
        v = __dd_add(m, __dd_scale(__dd_div((1.0, 0.0), m), -2 * k));
    }
    __finish_scaled(v, k - 1)
}

pub fn __tanh(x: f64) -> (f64, f64) {
    if x != x {
        return (x + x, 0.0);
    }
    let ax = x.abs();
    if ax < 1.0e-9 {
        return (x, 0.0);
    }
    let v = if ax > 22.0 {
        (1.0, 0.0)
    } else {
        // tanh x = e / (e + 2) with e = expm1(2x)
        let e = __expm1(2.0 * ax);
        __dd_div(e, __dd_add(e, (2.0, 0.0)))
    };
    if x < 0.0 {
        __dd_neg(v)
    } else {
        v
    }
}

// ---- cbrt, hypot, fma ----

pub fn __cbrt(x: f64) -> (f64, f64) {
    if !x.is_finite() || x == 0.0 {
        return (x + x, 0.0);
    }
    let mut a = x.abs();
    let mut shift = 0;
    if a < 2.2250738585072014e-308 {
        a = a * __pow2(60);
        shift = 60;
    }
    let e = __exponent(a) - shift;
    // |x| = m 2^(3q), m in [1, 8): cbrt |x| = cbrt(m) 2^q
    let q = e.div_euclid(3);
    let m = __ldexp(a, -3 * q - shift);
    // Newton's iteration from a rough line, then one step in double-double
    let mut y = 1.0 + (m - 1.0) * 0.2;
    let mut i = 0;
    while i < 7 {
        y = y - (y * y * y - m) / (3.0 * y * y);
        i += 1;
    }
    let yd = (y, 0.0);
    let y3 = __dd_mul(__dd_mul(yd, yd), yd);
    let corr = __dd_div(__dd_sub(y3, (m, 0.0)), __dd_mul_d(__dd_mul(yd, yd), 3.0));
    let v = __dd_sub(yd, corr);
    let s = __finish_scaled(v, q);
    if x < 0.0 {
        __dd_neg(s)
    } else {
        s
    }
}

pub fn __hypot(x: f64, y: f64) -> (f64, f64) {
    if x.is_infinite() || y.is_infinite() {
        return (f64::INFINITY, 0.0);
    }
    if x != x || y != y {
        return (x + y, 0.0);
    }
    let mut a = x.abs();
    let mut b = y.abs();
    if b > a {
        let t = a;
        a = b;
        b = t;
    }
    if b == 0.0 {
        return (a, 0.0);
    }
    let e = __exponent(if a < 2.2250738585072014e-308 { a * __pow2(60) } else { a }) - if a < 2.2250738585072014e-308 { 60 } else { 0 };
    if e - __exponent_any(b) > 60 {
        return (a + b, 0.0);
    }
    let sa = __ldexp(a, -e);
    let sb = __ldexp(b, -e);
    let s = __dd_add(__two_prod(sa, sa), __two_prod(sb, sb));
    __finish_scaled(__dd_sqrt(s), e)
}

// the exponent of a nonzero finite value of either sign, subnormals included
fn __exponent_any(b: f64) -> i32 {
    if b.abs() < 2.2250738585072014e-308 {
        __exponent(b * __pow2(60)) - 60
    } else {
        __exponent(b)
    }
}

// a + b rounded to odd: an inexact sum keeps its last bit set, so a later rounding cannot be a false tie
fn __add_round_odd(a: f64, b: f64) -> f64 {
    let (s, e) = __two_sum(a, b);
    if e == 0.0 || s.to_bits() & 1 == 1 {
        return s;
    }
    // s is even and inexact: step to the neighbour on the side of the exact sum, which is odd
    if (e > 0.0) == (s > 0.0) {
        f64::from_bits(s.to_bits() + 1)
    } else {
        f64::from_bits(s.to_bits() - 1)
    }
}

// a * b + c rounded once: Boldo–Melquiond's emulation (exact product, exact sum, one addition rounded to
// odd), on a and b scaled to [1, 2) and c scaled alike, so Dekker's product can neither overflow nor
// underflow; the scaling back is exact for a normal result and the only rounding for a subnormal one
// (which the round-to-odd sum before it makes correct)
pub fn __fma(a: f64, b: f64, c: f64) -> f64 {
    if a.is_finite() && b.is_finite() && c.is_infinite() {
        // the exact product is finite even where a * b overflows
        return c;
    }
    if !a.is_finite() || !b.is_finite() || !c.is_finite() || a == 0.0 || b == 0.0 {
        return a * b + c;
    }
    if c == 0.0 {
        // the exact product is not zero: its rounding (a zero keeps the product's sign, unlike ab + 0)
        return a * b;
    }
    let ea = __exponent_any(a);
    let eb = __exponent_any(b);
    let ec = __exponent_any(c);
    let ep = ea + eb;
    if ec - ep > 110 {
        // |ab| < 2^-108 |c|: c is the rounded sum
        return c;
    }
    let a1 = __ldexp(a, -ea);
    let b1 = __ldexp(b, -eb);
    // a c far below the product only breaks ties: a stand-in of its sign far below the product's last bit
    let c1 = if ep - ec > 110 { if c > 0.0 { 1.0e-60 } else { -1.0e-60 } } else { __ldexp(c, -ep) };
    let (ph, pl) = __two_prod(a1, b1);
    let (sh, sl) = __two_sum(c1, ph);
    if sh == 0.0 && sl == 0.0 {
        return __ldexp(pl, ep);
    }
    let v = __add_round_odd(pl, sl);
    let near = sh + v;
    if near != 0.0 && __exponent_any(near.abs()) + ep >= -1022 {
        return __ldexp(near, ep);
    }
    __ldexp(__add_round_odd(sh, v), ep)
}

// ---- rounding a double-double to f32 ----

// hi + lo rounded once to f32: hi's own rounding to f32 is right unless hi lies exactly halfway between
// two f32s, where lo's sign decides
pub fn __dd_to_f32(d: (f64, f64)) -> f32 {
    let h = d.0;
    let f = h as f32;
    if d.1 == 0.0 || !f.is_finite() || h != h {
        return f;
    }
    let back = f as f64;
    let diff = h - back;
    if diff == 0.0 {
        return f;
    }
    let up = diff > 0.0;
    let other = if f == 0.0 {
        if up { f32::from_bits(1) } else { f32::from_bits(0x80000001) }
    } else if up == (f > 0.0) {
        f32::from_bits(f.to_bits() + 1)
    } else {
        f32::from_bits(f.to_bits() - 1)
    };
    let gap = (other as f64) - h;
    if gap.abs() != diff.abs() {
        return f;
    }
    // a tie: lo on other's side moves the exact value past the midpoint
    if (d.1 > 0.0) == up {
        other
    } else {
        f
    }
}

pub fn __fma_f32(a: f32, b: f32, c: f32) -> f32 {
    let p = (a as f64) * (b as f64);
    if !p.is_finite() || !(c as f64).is_finite() {
        return (p + c as f64) as f32;
    }
    let s = __two_sum(p, c as f64);
    if s.0 == 0.0 {
        return (p + c as f64) as f32;
    }
    __dd_to_f32(s)
}

pub fn __dd_to_f64(d: (f64, f64)) -> f64 {
    d.0
}

// Rust's own constants for the angle conversions (core's f32 rounds its degrees factor from the exact value)
pub fn __to_degrees_f64(x: f64) -> f64 {
    x * 57.29577951308232
}

pub fn __to_radians_f64(x: f64) -> f64 {
    x * 0.017453292519943295
}

pub fn __to_degrees_f32(x: f32) -> f32 {
    x * 57.2957795130823208767981548141051703_f32
}

pub fn __to_radians_f32(x: f32) -> f32 {
    x * (3.14159265358979323846264338327950288_f32 / 180.0_f32)
}

pub fn __fma_f64(a: f64, b: f64, c: f64) -> f64 {
    __fma(a, b, c)
}

// signaling NaNs: pow(x, 0) and pow(1, y) are 1 for a quiet NaN but, in glibc, a NaN for a signaling one
pub fn __is_snan_f64(x: f64) -> bool {
    let b = x.to_bits();
    (b & 0x7ff0000000000000) == 0x7ff0000000000000 && (b & 0x000fffffffffffff) != 0 && (b & 0x0008000000000000) == 0
}

pub fn __is_snan_f32(x: f32) -> bool {
    let b = x.to_bits();
    (b & 0x7f800000) == 0x7f800000 && (b & 0x007fffff) != 0 && (b & 0x00400000) == 0
}
