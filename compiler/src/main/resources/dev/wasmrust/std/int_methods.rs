// Methods of the integer types, written once here and instantiated for each type by the standard
// library loader (`$T` is the type, `$U` its unsigned counterpart), as Rust's core does with macros.
// Sections start with `//@ all`, `//@ signed`, `//@ unsigned` or `//@ upto64` (types of at most 64 bits).

//@ all
impl Step for $T {
    fn forward(x: $T) -> $T {
        x + 1
    }

    fn backward(x: $T) -> $T {
        x - 1
    }
}

impl Sum<$T> for $T {
    fn sum<I: Iterator<Item = $T>>(iter: I) -> $T {
        let mut it = iter;
        let mut acc: $T = 0;
        while let Some(x) = it.next() {
            acc = acc + x;
        }
        acc
    }
}

impl Sum<&$T> for $T {
    fn sum<I: Iterator<Item = &$T>>(iter: I) -> $T {
        let mut it = iter;
        let mut acc: $T = 0;
        while let Some(x) = it.next() {
            acc = acc + *x;
        }
        acc
    }
}

impl Product<$T> for $T {
    fn product<I: Iterator<Item = $T>>(iter: I) -> $T {
        let mut it = iter;
        let mut acc: $T = 1;
        while let Some(x) = it.next() {
            acc = acc * x;
        }
        acc
    }
}

impl Product<&$T> for $T {
    fn product<I: Iterator<Item = &$T>>(iter: I) -> $T {
        let mut it = iter;
        let mut acc: $T = 1;
        while let Some(x) = it.next() {
            acc = acc * *x;
        }
        acc
    }
}

impl $T {
    pub fn min(self, other: $T) -> $T {
        if self <= other { self } else { other }
    }

    pub fn max(self, other: $T) -> $T {
        if self >= other { self } else { other }
    }

    #[track_caller]
    pub fn clamp(self, min: $T, max: $T) -> $T {
        if min > max {
            panic!("assertion failed: min <= max");
        }
        if self < min {
            min
        } else if self > max {
            max
        } else {
            self
        }
    }

    pub fn pow(self, exp: u32) -> $T {
        if exp == 0 {
            return 1;
        }
        let mut base = self;
        let mut acc: $T = 1;
        let mut e = exp;
        loop {
            if (e & 1) == 1 {
                acc = acc * base;
                if e == 1 {
                    return acc;
                }
            }
            e /= 2;
            base = base * base;
        }
    }
}

//@ signed
impl $T {
    pub fn abs(self) -> $T {
        if self < 0 { -self } else { self }
    }

    pub fn signum(self) -> $T {
        if self > 0 {
            1
        } else if self < 0 {
            -1
        } else {
            0
        }
    }

    pub fn is_positive(self) -> bool {
        self > 0
    }

    pub fn is_negative(self) -> bool {
        self < 0
    }

    pub fn rem_euclid(self, rhs: $T) -> $T {
        let r = self % rhs;
        if r < 0 {
            if rhs < 0 { r - rhs } else { r + rhs }
        } else {
            r
        }
    }

    pub fn div_euclid(self, rhs: $T) -> $T {
        let q = self / rhs;
        if self % rhs < 0 {
            if rhs > 0 { q - 1 } else { q + 1 }
        } else {
            q
        }
    }
}

//@ unsigned
impl $T {
    pub fn is_power_of_two(self) -> bool {
        self != 0 && (self & (self - 1)) == 0
    }

    pub fn rem_euclid(self, rhs: $T) -> $T {
        self % rhs
    }

    pub fn div_euclid(self, rhs: $T) -> $T {
        self / rhs
    }

    pub fn abs_diff(self, other: $T) -> $T {
        if self > other { self - other } else { other - self }
    }
}

//@ upto64
impl $T {
    pub fn wrapping_add(self, rhs: $T) -> $T {
        intrinsics::wrapping_add::<$T>(self, rhs)
    }

    pub fn wrapping_sub(self, rhs: $T) -> $T {
        intrinsics::wrapping_sub::<$T>(self, rhs)
    }

    pub fn wrapping_mul(self, rhs: $T) -> $T {
        intrinsics::wrapping_mul::<$T>(self, rhs)
    }

    pub fn overflowing_add(self, rhs: $T) -> ($T, bool) {
        (intrinsics::wrapping_add::<$T>(self, rhs), intrinsics::add_overflows::<$T>(self, rhs))
    }

    pub fn overflowing_sub(self, rhs: $T) -> ($T, bool) {
        (intrinsics::wrapping_sub::<$T>(self, rhs), intrinsics::sub_overflows::<$T>(self, rhs))
    }

    pub fn overflowing_mul(self, rhs: $T) -> ($T, bool) {
        (intrinsics::wrapping_mul::<$T>(self, rhs), intrinsics::mul_overflows::<$T>(self, rhs))
    }

    pub fn checked_add(self, rhs: $T) -> Option<$T> {
        if intrinsics::add_overflows::<$T>(self, rhs) { None } else { Some(self + rhs) }
    }

    pub fn checked_sub(self, rhs: $T) -> Option<$T> {
        if intrinsics::sub_overflows::<$T>(self, rhs) { None } else { Some(self - rhs) }
    }

    pub fn checked_mul(self, rhs: $T) -> Option<$T> {
        if intrinsics::mul_overflows::<$T>(self, rhs) { None } else { Some(self * rhs) }
    }

    pub fn checked_div(self, rhs: $T) -> Option<$T> {
        if rhs == 0 || (self == $T::MIN && $T::MIN != 0 && rhs == (0 as $T).wrapping_sub(1)) {
            None
        } else {
            Some(self / rhs)
        }
    }

    pub fn checked_rem(self, rhs: $T) -> Option<$T> {
        if rhs == 0 || (self == $T::MIN && $T::MIN != 0 && rhs == (0 as $T).wrapping_sub(1)) {
            None
        } else {
            Some(self % rhs)
        }
    }

    pub fn saturating_add(self, rhs: $T) -> $T {
        if intrinsics::add_overflows::<$T>(self, rhs) {
            if rhs > 0 { $T::MAX } else { $T::MIN }
        } else {
            self + rhs
        }
    }

    pub fn saturating_sub(self, rhs: $T) -> $T {
        if intrinsics::sub_overflows::<$T>(self, rhs) {
            if rhs > 0 { $T::MIN } else { $T::MAX }
        } else {
            self - rhs
        }
    }

    pub fn saturating_mul(self, rhs: $T) -> $T {
        if intrinsics::mul_overflows::<$T>(self, rhs) {
            if (self < 0) == (rhs < 0) { $T::MAX } else { $T::MIN }
        } else {
            self * rhs
        }
    }
}

//@ parse64
impl $T {
    /// `str::parse::<$T>()`: an optional sign, then decimal digits, as Rust's `FromStr` for integers.
    pub fn __from_str(s: &str) -> Result<$T, ParseIntError> {
        $T::from_str_radix(s, 10)
    }

    /// An optional sign, then digits of the radix (2 to 36; letters in either case).
    #[track_caller]
    pub fn from_str_radix(s: &str, radix: u32) -> Result<$T, ParseIntError> {
        if radix < 2 || radix > 36 {
            panic!("from_str_radix_int: must lie in the range `[2, 36]` - found {}", radix);
        }
        let b = s.as_bytes();
        if b.len() == 0 {
            return Err(ParseIntError { kind: IntErrorKind::Empty });
        }
        let mut i = 0;
        let mut negative = false;
        if b[0] == b'+' || b[0] == b'-' {
            if b.len() == 1 {
                return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
            }
            negative = b[0] == b'-';
            if negative && $T::MIN == 0 {
                return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
            }
            i = 1;
        }
        let mut value: $T = 0;
        while i < b.len() {
            let d = match (b[i] as char).to_digit(radix) {
                Some(d) => d as $T,
                None => {
                    return Err(ParseIntError { kind: IntErrorKind::InvalidDigit });
                }
            };
            let scaled = match value.checked_mul(radix as $T) {
                Some(v) => v,
                None => {
                    return Err(ParseIntError { kind: if negative { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow } });
                }
            };
            let next = if negative { scaled.checked_sub(d) } else { scaled.checked_add(d) };
            value = match next {
                Some(v) => v,
                None => {
                    return Err(ParseIntError { kind: if negative { IntErrorKind::NegOverflow } else { IntErrorKind::PosOverflow } });
                }
            };
            i += 1;
        }
        Ok(value)
    }
}
