// Double-double arithmetic for float_math.rs: a value is hi + lo, two f64s with |lo| <= ulp(hi)/2.

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

pub fn __dd_to_f64(d: (f64, f64)) -> f64 {
    d.0
}
