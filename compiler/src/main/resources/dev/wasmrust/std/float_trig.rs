// Trigonometric functions and their inverses (see float_math.rs).

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
