// cbrt, hypot, fma, the angle conversions and signaling-NaN tests (see float_math.rs).

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
