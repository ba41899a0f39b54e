// exp, exp2, expm1, ln, log2, log10, ln_1p, pow and the hyperbolic functions (see float_math.rs).

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
