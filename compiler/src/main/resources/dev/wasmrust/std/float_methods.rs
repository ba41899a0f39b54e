// Methods of f32 and f64, written once and instantiated for each type by the standard library loader
// (`$T` is the type, `$B` the unsigned integer of its bits, `$I` the signed one).
// The methods the compiler lowers inline (sqrt, abs, floor, min, ...) stay intrinsics for method calls:
// these wrappers exist so paths like `f64::max` or `f32::abs(x)` work, and their bodies' method calls are
// the intrinsics themselves. The transcendental functions are in float_math.rs, computed in
// double-double from the f64 value and rounded once to $T.

impl $T {
    pub fn sqrt(self) -> $T { self.sqrt() }
    pub fn abs(self) -> $T { self.abs() }
    pub fn floor(self) -> $T { self.floor() }
    pub fn ceil(self) -> $T { self.ceil() }
    pub fn round(self) -> $T { self.round() }
    pub fn trunc(self) -> $T { self.trunc() }
    pub fn to_bits(self) -> $B { self.to_bits() }
    pub fn is_nan(self) -> bool { self.is_nan() }
    pub fn is_finite(self) -> bool { self.is_finite() }
    pub fn is_infinite(self) -> bool { self.is_infinite() }
    pub fn is_sign_negative(self) -> bool { self.is_sign_negative() }
    pub fn is_sign_positive(self) -> bool { self.is_sign_positive() }
    pub fn signum(self) -> $T { self.signum() }
    pub fn fract(self) -> $T { self.fract() }
    pub fn min(self, other: $T) -> $T { self.min(other) }
    pub fn max(self, other: $T) -> $T { self.max(other) }
    pub fn powi(self, n: i32) -> $T { self.powi(n) }
    pub fn copysign(self, sign: $T) -> $T { self.copysign(sign) }

    pub fn powf(self, n: $T) -> $T {
        // checked on $T's own bits: widening a signaling NaN may quiet it
        if __is_snan_$T(self) || __is_snan_$T(n) {
            return self + n;
        }
        __dd_to_$T(__pow(self as f64, n as f64))
    }
    pub fn exp(self) -> $T { __dd_to_$T(__exp(self as f64)) }
    pub fn exp2(self) -> $T { __dd_to_$T(__exp2(self as f64)) }
    pub fn exp_m1(self) -> $T { __dd_to_$T(__expm1(self as f64)) }
    pub fn ln(self) -> $T { __dd_to_$T(__ln(self as f64)) }
    pub fn ln_1p(self) -> $T { __dd_to_$T(__ln_1p(self as f64)) }
    pub fn log2(self) -> $T { __dd_to_$T(__log2(self as f64)) }
    pub fn log10(self) -> $T { __dd_to_$T(__log10(self as f64)) }
    pub fn sin(self) -> $T { __dd_to_$T(__sin(self as f64)) }
    pub fn cos(self) -> $T { __dd_to_$T(__cos(self as f64)) }
    pub fn tan(self) -> $T { __dd_to_$T(__tan(self as f64)) }
    pub fn asin(self) -> $T { __dd_to_$T(__asin(self as f64)) }
    pub fn acos(self) -> $T { __dd_to_$T(__acos(self as f64)) }
    pub fn atan(self) -> $T { __dd_to_$T(__atan(self as f64)) }
    pub fn atan2(self, other: $T) -> $T { __dd_to_$T(__atan2(self as f64, other as f64)) }
    pub fn sinh(self) -> $T { __dd_to_$T(__sinh(self as f64)) }
    pub fn cosh(self) -> $T { __dd_to_$T(__cosh(self as f64)) }
    pub fn tanh(self) -> $T { __dd_to_$T(__tanh(self as f64)) }
    pub fn cbrt(self) -> $T { __dd_to_$T(__cbrt(self as f64)) }
    pub fn hypot(self, other: $T) -> $T {
        if __is_snan_$T(self) || __is_snan_$T(other) {
            return self + other;
        }
        __dd_to_$T(__hypot(self as f64, other as f64))
    }
    pub fn mul_add(self, a: $T, b: $T) -> $T { __fma_$T(self, a, b) }
    pub fn to_degrees(self) -> $T { __to_degrees_$T(self) }
    pub fn to_radians(self) -> $T { __to_radians_$T(self) }

    pub fn sin_cos(self) -> ($T, $T) {
        (self.sin(), self.cos())
    }

    // as Rust's std defines them, in terms of the other functions
    pub fn log(self, base: $T) -> $T {
        self.ln() / base.ln()
    }

    pub fn is_normal(self) -> bool {
        self.is_finite() && self.abs() >= $T::MIN_POSITIVE
    }

    pub fn is_subnormal(self) -> bool {
        self != 0.0 && self.abs() < $T::MIN_POSITIVE
    }

    pub fn recip(self) -> $T {
        1.0 / self
    }

    pub fn asinh(self) -> $T {
        let ax = self.abs();
        let ix = 1.0 / ax;
        (ax + (ax / ($T::hypot(1.0, ix) + ix))).ln_1p().copysign(self)
    }

    pub fn acosh(self) -> $T {
        if self < 1.0 {
            $T::NAN
        } else {
            (self + ((self - 1.0).sqrt() * (self + 1.0).sqrt())).ln()
        }
    }

    pub fn atanh(self) -> $T {
        0.5 * ((2.0 * self) / (1.0 - self)).ln_1p()
    }

    pub fn rem_euclid(self, rhs: $T) -> $T {
        let r = self % rhs;
        if r < 0.0 { r + rhs.abs() } else { r }
    }

    pub fn div_euclid(self, rhs: $T) -> $T {
        let q = (self / rhs).trunc();
        if self % rhs < 0.0 {
            return if rhs > 0.0 { q - 1.0 } else { q + 1.0 };
        }
        q
    }

    pub fn clamp(self, min: $T, max: $T) -> $T {
        if !(min <= max) {
            __clamp_failed_$T(min, max);
        }
        let mut x = self;
        if x < min {
            x = min;
        }
        if x > max {
            x = max;
        }
        x
    }

    // the order of the bits with the magnitude bits flipped for negatives: -NaN < -inf < ... < -0 < +0 < ... < NaN
    pub fn total_cmp(&self, other: &$T) -> Ordering {
        let mut left = self.to_bits() as $I;
        let mut right = other.to_bits() as $I;
        left ^= (((left >> ($B::BITS - 1)) as $B) >> 1) as $I;
        right ^= (((right >> ($B::BITS - 1)) as $B) >> 1) as $I;
        left.cmp(&right)
    }
}
