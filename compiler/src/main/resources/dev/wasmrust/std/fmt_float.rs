// Float formatting and parsing for WasmRust's standard library.
//
// WasmRust compiles this file itself, so it keeps to the subset of Rust the compiler supports
// first: free functions, plain structs with impl blocks, primitive types, fixed-size arrays,
// references, tuples, if/else and loops. No traits, generics, slices, closures, iterators,
// macros, Option/Result, `match` or std paths (float-native-check.sh lints for these).
//
// The output is byte-for-byte what rustc's std prints (checked by src-test/tools/
// float-native-check.sh against data/floats.txt, generated from the real rustc):
// - shortest round-trip digits ({}, {:?}, {:e} without precision) come from Grisu3 on 64-bit
//   integers, which either proves its answer or gives up; then an exact Steele-White/Dragon4
//   digit generator on big integers decides. When the shortest digits tie between two
//   candidates, the larger one is taken, as Rust does;
// - precision ({:.N}, {:.Ne}) uses the exact decimal expansion of the binary value, rounded half
//   to even;
// - parsing is correctly rounded (ties to even): inputs whose digits and power of ten are exact
//   floats take one float operation (Clinger's fast path), the rest one exact big-integer
//   division.
//
// Limits: FloatOut holds FLOAT_OUT_CAP bytes, enough for any precision up to 1100 with any width
// up to 1200 and a 4-byte fill. A result that does not fit sets `overflow` and leaves `len` where
// it was. The parser takes input of any length, one byte at a time.

// ---------------------------------------------------------------------------------------------
// Public interface
// ---------------------------------------------------------------------------------------------

pub const FLOAT_OUT_CAP: usize = 8192;
pub const FLOAT_TEXT_CAP: usize = 1024;

pub const ALIGN_UNKNOWN: u8 = 0;
pub const ALIGN_LEFT: u8 = 1;
pub const ALIGN_RIGHT: u8 = 2;
pub const ALIGN_CENTER: u8 = 3;

pub const KIND_DISPLAY: u8 = 0;
pub const KIND_DEBUG: u8 = 1;
pub const KIND_LOWER_EXP: u8 = 2;
pub const KIND_UPPER_EXP: u8 = 3;

pub struct FloatSpec {
    pub width: usize,
    pub has_width: bool,
    pub precision: usize,
    pub has_precision: bool,
    pub fill: u32,
    pub align: u8,
    pub plus: bool,
    pub zero: bool,
    pub kind: u8,
}

impl FloatSpec {
    pub fn new(kind: u8) -> FloatSpec {
        FloatSpec {
            width: 0,
            has_width: false,
            precision: 0,
            has_precision: false,
            fill: 32,
            align: ALIGN_UNKNOWN,
            plus: false,
            zero: false,
            kind: kind,
        }
    }
}

pub struct FloatOut {
    pub buf: [u8; FLOAT_OUT_CAP],
    pub len: usize,
    pub overflow: bool,
}

impl FloatOut {
    pub fn new() -> FloatOut {
        FloatOut { buf: [0; FLOAT_OUT_CAP], len: 0, overflow: false }
    }

    fn push(&mut self, b: u8) {
        if self.len < FLOAT_OUT_CAP {
            self.buf[self.len] = b;
            self.len += 1;
        } else {
            self.overflow = true;
        }
    }

    fn push_repeated(&mut self, b: u8, count: usize) {
        if count > FLOAT_OUT_CAP - self.len {
            self.overflow = true;
            return;
        }
        for _ in 0..count {
            self.buf[self.len] = b;
            self.len += 1;
        }
    }

    fn push3(&mut self, a: u8, b: u8, c: u8) {
        self.push(a);
        self.push(b);
        self.push(c);
    }
}

/// Appends `v` formatted under `spec` to `out`.
pub fn format_f64(v: f64, spec: &FloatSpec, out: &mut FloatOut) {
    format_bits(v.to_bits(), &f64_layout(), spec, out);
}

/// Appends `v` formatted under `spec` to `out`.
pub fn format_f32(v: f32, spec: &FloatSpec, out: &mut FloatOut) {
    format_bits(v.to_bits() as u64, &f32_layout(), spec, out);
}

pub struct ParsedF64 {
    pub ok: bool,
    pub empty: bool,
    pub value: f64,
}

pub struct ParsedF32 {
    pub ok: bool,
    pub empty: bool,
    pub value: f32,
}

/// Input for `parse_f64` / `parse_f32`; longer input can be fed to a `FloatParser` directly.
pub struct FloatText {
    pub bytes: [u8; FLOAT_TEXT_CAP],
    pub len: usize,
}

impl FloatText {
    pub fn new() -> FloatText {
        FloatText { bytes: [0; FLOAT_TEXT_CAP], len: 0 }
    }
}

/// A `len` beyond FLOAT_TEXT_CAP reads as invalid.
pub fn parse_f64(text: &FloatText) -> ParsedF64 {
    parser_over(text).finish_f64()
}

/// A `len` beyond FLOAT_TEXT_CAP reads as invalid.
pub fn parse_f32(text: &FloatText) -> ParsedF32 {
    parser_over(text).finish_f32()
}

fn parser_over(text: &FloatText) -> FloatParser {
    let mut p = FloatParser::new();
    if text.len > FLOAT_TEXT_CAP {
        p.push(b'x');
        return p;
    }
    for i in 0..text.len {
        p.push(text.bytes[i]);
    }
    p
}

// ---------------------------------------------------------------------------------------------
// Binary layouts of f64 and f32
// ---------------------------------------------------------------------------------------------

struct Layout {
    frac_bits: u32,
    exp_bits: u32,
    bias: i32,
    // {:?} prints plain decimals for magnitudes in [1e-4, 1e16); these are the bit patterns of
    // those two bounds in this type, so the comparison rounds exactly as Rust's does.
    debug_low_bits: u64,
    debug_high_bits: u64,
    // Decimal magnitudes that are certainly infinite (>= 10^inf_dec_exp) or certainly round to
    // zero (< 10^zero_dec_exp, below half the smallest subnormal).
    inf_dec_exp: i64,
    zero_dec_exp: i64,
}

fn f64_layout() -> Layout {
    Layout {
        frac_bits: 52,
        exp_bits: 11,
        bias: 1023,
        debug_low_bits: 0x3F1A_36E2_EB1C_432D,
        debug_high_bits: 0x4341_C379_37E0_8000,
        inf_dec_exp: 309,
        zero_dec_exp: -324,
    }
}

fn f32_layout() -> Layout {
    Layout {
        frac_bits: 23,
        exp_bits: 8,
        bias: 127,
        debug_low_bits: 0x38D1_B717,
        debug_high_bits: 0x5A0E_1BCA,
        inf_dec_exp: 39,
        zero_dec_exp: -46,
    }
}

impl Layout {
    fn sign_bit(&self) -> u64 {
        1u64 << (self.frac_bits + self.exp_bits)
    }

    fn exp_field_max(&self) -> u64 {
        (1u64 << self.exp_bits) - 1
    }

    fn inf_bits(&self) -> u64 {
        self.exp_field_max() << self.frac_bits
    }

    fn quiet_nan_bits(&self) -> u64 {
        self.inf_bits() | (1u64 << (self.frac_bits - 1))
    }

    fn is_f64(&self) -> bool {
        self.frac_bits == 52
    }
}

// ---------------------------------------------------------------------------------------------
// Big unsigned integers (little-endian u32 limbs; limbs at and above `len` are always zero)
// ---------------------------------------------------------------------------------------------

// Parsing needs the most room: up to 801 decimal digits over 10^1124, about 3,740 bits.
// Formatting stays under 1,200 bits.
const BIG_LIMBS: usize = 128;

const POW10_U32: [u32; 10] = [
    1, 10, 100, 1000, 10000, 100000, 1000000, 10000000, 100000000, 1000000000,
];

struct Big {
    limbs: [u32; BIG_LIMBS],
    len: usize,
}

impl Big {
    fn from_u64(v: u64) -> Big {
        let mut b = Big { limbs: [0; BIG_LIMBS], len: 2 };
        b.limbs[0] = v as u32;
        b.limbs[1] = (v >> 32) as u32;
        b.trim();
        b
    }

    fn duplicate(&self) -> Big {
        Big { limbs: self.limbs, len: self.len }
    }

    fn set_to(&mut self, other: &Big) {
        let mut i = 0;
        while i < other.len {
            self.limbs[i] = other.limbs[i];
            i += 1;
        }
        while i < self.len {
            self.limbs[i] = 0;
            i += 1;
        }
        self.len = other.len;
    }

    fn trim(&mut self) {
        while self.len > 0 && self.limbs[self.len - 1] == 0 {
            self.len -= 1;
        }
    }

    fn is_zero(&self) -> bool {
        self.len == 0
    }

    fn bit_len(&self) -> i32 {
        if self.len == 0 {
            return 0;
        }
        (self.len as i32) * 32 - self.limbs[self.len - 1].leading_zeros() as i32
    }

    fn mul_small(&mut self, factor: u32) {
        let mut carry: u64 = 0;
        for i in 0..self.len {
            let t = self.limbs[i] as u64 * factor as u64 + carry;
            self.limbs[i] = t as u32;
            carry = t >> 32;
        }
        if carry != 0 {
            self.limbs[self.len] = carry as u32;
            self.len += 1;
        }
    }

    fn add_small(&mut self, v: u32) {
        let mut carry = v as u64;
        let mut i = 0;
        while carry != 0 {
            if i == self.len {
                self.len += 1;
            }
            let t = self.limbs[i] as u64 + carry;
            self.limbs[i] = t as u32;
            carry = t >> 32;
            i += 1;
        }
    }

    fn mul_pow10(&mut self, n: u32) {
        let mut left = n;
        while left >= 9 {
            self.mul_small(1000000000);
            left -= 9;
        }
        if left > 0 {
            self.mul_small(POW10_U32[left as usize]);
        }
    }

    fn mul_pow2(&mut self, n: u32) {
        if self.len == 0 {
            return;
        }
        let limb_shift = (n / 32) as usize;
        let bit_shift = n % 32;
        let old_len = self.len;
        let mut i = old_len;
        if bit_shift == 0 {
            while i > 0 {
                i -= 1;
                self.limbs[i + limb_shift] = self.limbs[i];
            }
            self.len = old_len + limb_shift;
        } else {
            let spill = self.limbs[old_len - 1] >> (32 - bit_shift);
            self.len = old_len + limb_shift;
            if spill != 0 {
                self.limbs[old_len + limb_shift] = spill;
                self.len += 1;
            }
            while i > 1 {
                i -= 1;
                self.limbs[i + limb_shift] =
                    (self.limbs[i] << bit_shift) | (self.limbs[i - 1] >> (32 - bit_shift));
            }
            self.limbs[limb_shift] = self.limbs[0] << bit_shift;
        }
        for j in 0..limb_shift {
            self.limbs[j] = 0;
        }
    }

    fn add(&mut self, other: &Big) {
        let n = if self.len > other.len { self.len } else { other.len };
        let mut carry: u64 = 0;
        for i in 0..n {
            let t = self.limbs[i] as u64 + other.limbs[i] as u64 + carry;
            self.limbs[i] = t as u32;
            carry = t >> 32;
        }
        self.len = n;
        if carry != 0 {
            self.limbs[n] = 1;
            self.len = n + 1;
        }
    }

    /// Requires self >= other.
    fn sub(&mut self, other: &Big) {
        let mut borrow: u64 = 0;
        for i in 0..self.len {
            let t = (self.limbs[i] as u64 + 0x1_0000_0000) - other.limbs[i] as u64 - borrow;
            self.limbs[i] = t as u32;
            borrow = 1 - (t >> 32);
        }
        self.trim();
    }

    /// -1, 0 or 1 as self is less than, equal to or greater than other.
    fn compare(&self, other: &Big) -> i32 {
        if self.len != other.len {
            return if self.len > other.len { 1 } else { -1 };
        }
        let mut i = self.len;
        while i > 0 {
            i -= 1;
            if self.limbs[i] != other.limbs[i] {
                return if self.limbs[i] > other.limbs[i] { 1 } else { -1 };
            }
        }
        0
    }
}

/// Compares a + b with c, using `scratch` for the sum.
fn compare_sum(a: &Big, b: &Big, c: &Big, scratch: &mut Big) -> i32 {
    scratch.set_to(a);
    scratch.add(b);
    scratch.compare(c)
}

/// Compares 2a with b, using `scratch`.
fn compare_double(a: &Big, b: &Big, scratch: &mut Big) -> i32 {
    scratch.set_to(a);
    scratch.mul_pow2(1);
    scratch.compare(b)
}

/// The denominator and its multiples by 2, 4 and 8, so a quotient digit (0..9) takes at most
/// four subtractions.
struct Divisor {
    s1: Big,
    s2: Big,
    s4: Big,
    s8: Big,
}

impl Divisor {
    fn new(s: &Big) -> Divisor {
        let mut s2 = s.duplicate();
        s2.mul_pow2(1);
        let mut s4 = s2.duplicate();
        s4.mul_pow2(1);
        let mut s8 = s4.duplicate();
        s8.mul_pow2(1);
        Divisor { s1: s.duplicate(), s2: s2, s4: s4, s8: s8 }
    }

    /// Replaces r (< 10 s) by r mod s and returns r / s.
    fn take_digit(&self, r: &mut Big) -> u8 {
        let mut d: u8 = 0;
        if r.compare(&self.s8) >= 0 {
            r.sub(&self.s8);
            d += 8;
        }
        if r.compare(&self.s4) >= 0 {
            r.sub(&self.s4);
            d += 4;
        }
        if r.compare(&self.s2) >= 0 {
            r.sub(&self.s2);
            d += 2;
        }
        if r.compare(&self.s1) >= 0 {
            r.sub(&self.s1);
            d += 1;
        }
        d
    }
}

// ---------------------------------------------------------------------------------------------
// Decoding a float
// ---------------------------------------------------------------------------------------------

const CLASS_ZERO: u8 = 0;
const CLASS_FINITE: u8 = 1;
const CLASS_INFINITE: u8 = 2;
const CLASS_NAN: u8 = 3;

/// A finite value is exactly mant * 2^exp.
struct Decoded {
    negative: bool,
    class: u8,
    mant: u64,
    exp: i32,
    subnormal: bool,
}

fn decode(bits: u64, lay: &Layout) -> Decoded {
    let negative = (bits & lay.sign_bit()) != 0;
    let field = (bits >> lay.frac_bits) & lay.exp_field_max();
    let frac = bits & ((1u64 << lay.frac_bits) - 1);
    let mut d = Decoded { negative: negative, class: CLASS_FINITE, mant: frac, exp: 0, subnormal: false };
    if field == lay.exp_field_max() {
        d.class = if frac == 0 { CLASS_INFINITE } else { CLASS_NAN };
    } else if field == 0 {
        d.class = if frac == 0 { CLASS_ZERO } else { CLASS_FINITE };
        d.subnormal = true;
        d.exp = 1 - lay.bias - lay.frac_bits as i32;
    } else {
        d.mant = frac | (1u64 << lay.frac_bits);
        d.exp = field as i32 - lay.bias - lay.frac_bits as i32;
    }
    d
}

// ---------------------------------------------------------------------------------------------
// Decimal digits
// ---------------------------------------------------------------------------------------------

// An f64 has at most 767 significant decimal digits; digits past the end are zeros.
const DIGITS_CAP: usize = 800;

/// The value 0.d[0]d[1]...d[len-1] * 10^exp; len == 0 means zero.
struct Digits {
    d: [u8; DIGITS_CAP],
    len: usize,
    exp: i32,
}

impl Digits {
    fn new() -> Digits {
        Digits { d: [0; DIGITS_CAP], len: 0, exp: 0 }
    }

    fn push(&mut self, digit: u8) {
        self.d[self.len] = digit;
        self.len += 1;
    }

    /// Adds one unit in the last place; the 9s that turn into trailing zeros are dropped.
    fn round_up(&mut self) {
        let mut i = self.len;
        while i > 0 {
            i -= 1;
            if self.d[i] < 9 {
                self.d[i] += 1;
                self.len = i + 1;
                return;
            }
        }
        self.d[0] = 1;
        self.len = 1;
        self.exp += 1;
    }
}

/// log10(2^b) rounded down, plus one: 10^k is then at most a factor 10 off 2^b.
fn estimate_decimal_exp(mant: u64, exp: i32) -> i32 {
    let b = exp as i64 + (64 - mant.leading_zeros()) as i64 - 1;
    ((b * 78913) >> 18) as i32 + 1
}

/// value * 2^max(exp, 0) * 10^max(-k, 0): the numerator side of value * 2^exp / 10^k.
fn scaled_numerator(value: u64, exp: i32, k: i32) -> Big {
    let mut b = Big::from_u64(value);
    if exp > 0 {
        b.mul_pow2(exp as u32);
    }
    if k < 0 {
        b.mul_pow10((-k) as u32);
    }
    b
}

/// 2^max(-exp, 0) * 10^max(k, 0): the denominator side of value * 2^exp / 10^k.
fn scaled_denominator(exp: i32, k: i32) -> Big {
    let mut b = Big::from_u64(1);
    if exp < 0 {
        b.mul_pow2((-exp) as u32);
    }
    if k > 0 {
        b.mul_pow10(k as u32);
    }
    b
}

/// The interval of reals that round to the value, in units of 2^exp: the value is mant,
/// the interval runs from mant - 1 to mant + plus_units, ends included when `inclusive`.
struct RoundingInterval {
    mant: u64,
    exp: i32,
    plus_units: u64,
    inclusive: bool,
}

// Matches the neighbours Rust's std assumes: the gap below is half the gap above whenever the
// stored fraction is zero (also for the smallest normal), and subnormals count as even.
fn rounding_interval(d: &Decoded) -> RoundingInterval {
    if d.subnormal {
        return RoundingInterval { mant: d.mant << 1, exp: d.exp - 1, plus_units: 1, inclusive: true };
    }
    if (d.mant & (d.mant - 1)) == 0 {
        return RoundingInterval { mant: d.mant << 2, exp: d.exp - 2, plus_units: 2, inclusive: true };
    }
    RoundingInterval { mant: d.mant << 1, exp: d.exp - 1, plus_units: 1, inclusive: (d.mant & 1) == 0 }
}

/// True when the interval's upper end (r + plus) / s reaches 1, i.e. 10^k is too small.
fn upper_end_reaches(r: &Big, plus: &Big, s: &Big, inclusive: bool, scratch: &mut Big) -> bool {
    let c = compare_sum(r, plus, s, scratch);
    c > 0 || (inclusive && c == 0)
}

/// The shortest digits that read back as the value; of several, the closest to it.
fn shortest_digits(d: &Decoded, out: &mut Digits) {
    let iv = rounding_interval(d);
    if !grisu_shortest(&iv, out) {
        dragon_shortest(&iv, out);
    }
}

/// Exact shortest digits on big integers (Steele & White / Burger & Dybvig), for the few values
/// where Grisu cannot decide.
fn dragon_shortest(iv: &RoundingInterval, out: &mut Digits) {
    let mut k = estimate_decimal_exp(iv.mant + iv.plus_units, iv.exp);
    let mut r = scaled_numerator(iv.mant, iv.exp, k);
    let mut minus = scaled_numerator(1, iv.exp, k);
    let mut plus = scaled_numerator(iv.plus_units, iv.exp, k);
    let mut s = scaled_denominator(iv.exp, k);
    let mut scratch = Big::from_u64(0);
    // Make k the least exponent with the upper end below 10^k.
    while upper_end_reaches(&r, &plus, &s, iv.inclusive, &mut scratch) {
        s.mul_small(10);
        k += 1;
    }
    loop {
        let mut r10 = r.duplicate();
        r10.mul_small(10);
        let mut plus10 = plus.duplicate();
        plus10.mul_small(10);
        if upper_end_reaches(&r10, &plus10, &s, iv.inclusive, &mut scratch) {
            break;
        }
        r = r10;
        plus = plus10;
        minus.mul_small(10);
        k -= 1;
    }
    out.len = 0;
    out.exp = k;
    let div = Divisor::new(&s);
    loop {
        r.mul_small(10);
        minus.mul_small(10);
        plus.mul_small(10);
        let digit = div.take_digit(&mut r);
        let c_low = r.compare(&minus);
        let low_ok = c_low < 0 || (iv.inclusive && c_low == 0);
        let high_ok = upper_end_reaches(&r, &plus, &s, iv.inclusive, &mut scratch);
        if !low_ok && !high_ok {
            out.push(digit);
            continue;
        }
        // Both digit and digit+1 may be inside the interval: take the closer, and on a tie the
        // larger (Rust's choice).
        let up = if low_ok && high_ok {
            compare_double(&r, &s, &mut scratch) >= 0
        } else {
            high_ok
        };
        out.push(digit);
        if up {
            out.round_up();
        }
        return;
    }
}

/// The exact digits of the value, correctly rounded half to even: `count` digits after the
/// decimal point when `fixed`, else `count` significant digits.
fn exact_digits(d: &Decoded, fixed: bool, count: i64, out: &mut Digits) {
    let mut k = estimate_decimal_exp(d.mant, d.exp);
    let mut r = scaled_numerator(d.mant, d.exp, k);
    let mut s = scaled_denominator(d.exp, k);
    let mut scratch = Big::from_u64(0);
    // Make k the least exponent with value < 10^k.
    while r.compare(&s) >= 0 {
        s.mul_small(10);
        k += 1;
    }
    loop {
        scratch.set_to(&r);
        scratch.mul_small(10);
        if scratch.compare(&s) >= 0 {
            break;
        }
        r.mul_small(10);
        k -= 1;
    }
    out.len = 0;
    out.exp = k;
    let wanted = if fixed { k as i64 + count } else { count };
    if wanted < 0 {
        // Below half a unit of the last requested place: rounds to zero.
        return;
    }
    let div = Divisor::new(&s);
    while (out.len as i64) < wanted && !r.is_zero() && out.len < DIGITS_CAP {
        r.mul_small(10);
        let digit = div.take_digit(&mut r);
        out.push(digit);
    }
    if r.is_zero() {
        return;
    }
    let c = compare_double(&r, &s, &mut scratch);
    let odd = out.len > 0 && (out.d[out.len - 1] & 1) == 1;
    if c > 0 || (c == 0 && odd) {
        out.round_up();
    }
}

// ---------------------------------------------------------------------------------------------
// Grisu3 (Loitsch, "Printing floating-point numbers quickly and accurately with integers", 2010)
// ---------------------------------------------------------------------------------------------

// Grisu scales the value by a cached power of ten so that its binary exponent lands in
// [GRISU_ALPHA, GRISU_GAMMA]: the integral part of the scaled value then fits in 32 bits.
const GRISU_ALPHA: i32 = -60;
const GRISU_GAMMA: i32 = -32;

// 10^(CACHED_POW10_FIRST + CACHED_POW10_STEP * i) is about CACHED_POW10_SIG[i] *
// 2^CACHED_POW10_EXP2[i]: the significand is the exact power divided by that power of two,
// rounded to nearest, with its top bit set (computed with exact rational arithmetic).
const CACHED_POW10_FIRST: i32 = -348;
const CACHED_POW10_STEP: i32 = 8;
const CACHED_POW10_COUNT: usize = 87;

const CACHED_POW10_SIG: [u64; 87] = [
    0xFA8F_D5A0_081C_0288, 0xBAAE_E17F_A23E_BF76, 0x8B16_FB20_3055_AC76, 0xCF42_894A_5DCE_35EA,
    0x9A6B_B0AA_5565_3B2D, 0xE61A_CF03_3D1A_45DF, 0xAB70_FE17_C79A_C6CA, 0xFF77_B1FC_BEBC_DC4F,
    0xBE56_91EF_416B_D60C, 0x8DD0_1FAD_907F_FC3C, 0xD351_5C28_3155_9A83, 0x9D71_AC8F_ADA6_C9B5,
    0xEA9C_2277_23EE_8BCB, 0xAECC_4991_4078_536D, 0x823C_1279_5DB6_CE57, 0xC210_9436_4DFB_5637,
    0x9096_EA6F_3848_984F, 0xD774_85CB_2582_3AC7, 0xA086_CFCD_97BF_97F4, 0xEF34_0A98_172A_ACE5,
    0xB238_67FB_2A35_B28E, 0x84C8_D4DF_D2C6_3F3B, 0xC5DD_4427_1AD3_CDBA, 0x936B_9FCE_BB25_C996,
    0xDBAC_6C24_7D62_A584, 0xA3AB_6658_0D5F_DAF6, 0xF3E2_F893_DEC3_F126, 0xB5B5_ADA8_AAFF_80B8,
    0x8762_5F05_6C7C_4A8B, 0xC9BC_FF60_34C1_3053, 0x964E_858C_91BA_2655, 0xDFF9_7724_7029_7EBD,
    0xA6DF_BD9F_B8E5_B88F, 0xF8A9_5FCF_8874_7D94, 0xB944_7093_8FA8_9BCF, 0x8A08_F0F8_BF0F_156B,
    0xCDB0_2555_6531_31B6, 0x993F_E2C6_D07B_7FAC, 0xE45C_10C4_2A2B_3B06, 0xAA24_2499_6973_92D3,
    0xFD87_B5F2_8300_CA0E, 0xBCE5_0864_9211_1AEB, 0x8CBC_CC09_6F50_88CC, 0xD1B7_1758_E219_652C,
    0x9C40_0000_0000_0000, 0xE8D4_A510_0000_0000, 0xAD78_EBC5_AC62_0000, 0x813F_3978_F894_0984,
    0xC097_CE7B_C907_15B3, 0x8F7E_32CE_7BEA_5C70, 0xD5D2_38A4_ABE9_8068, 0x9F4F_2726_179A_2245,
    0xED63_A231_D4C4_FB27, 0xB0DE_6538_8CC8_ADA8, 0x83C7_088E_1AAB_65DB, 0xC45D_1DF9_4271_1D9A,
    0x924D_692C_A61B_E758, 0xDA01_EE64_1A70_8DEA, 0xA26D_A399_9AEF_774A, 0xF209_787B_B47D_6B85,
    0xB454_E4A1_79DD_1877, 0x865B_8692_5B9B_C5C2, 0xC835_53C5_C896_5D3D, 0x952A_B45C_FA97_A0B3,
    0xDE46_9FBD_99A0_5FE3, 0xA59B_C234_DB39_8C25, 0xF6C6_9A72_A398_9F5C, 0xB7DC_BF53_54E9_BECE,
    0x88FC_F317_F222_41E2, 0xCC20_CE9B_D35C_78A5, 0x9816_5AF3_7B21_53DF, 0xE2A0_B5DC_971F_303A,
    0xA8D9_D153_5CE3_B396, 0xFB9B_7CD9_A4A7_443C, 0xBB76_4C4C_A7A4_4410, 0x8BAB_8EEF_B640_9C1A,
    0xD01F_EF10_A657_842C, 0x9B10_A4E5_E991_3129, 0xE710_9BFB_A19C_0C9D, 0xAC28_20D9_623B_F429,
    0x8044_4B5E_7AA7_CF85, 0xBF21_E440_03AC_DD2D, 0x8E67_9C2F_5E44_FF8F, 0xD433_179D_9C8C_B841,
    0x9E19_DB92_B4E3_1BA9, 0xEB96_BF6E_BADF_77D9, 0xAF87_023B_9BF0_EE6B,
];

const CACHED_POW10_EXP2: [i32; 87] = [
    -1220, -1193, -1166, -1140, -1113, -1087, -1060, -1034, -1007, -980, -954, -927,
    -901, -874, -847, -821, -794, -768, -741, -715, -688, -661, -635, -608,
    -582, -555, -529, -502, -475, -449, -422, -396, -369, -343, -316, -289,
    -263, -236, -210, -183, -157, -130, -103, -77, -50, -24, 3, 30,
    56, 83, 109, 136, 162, 189, 216, 242, 269, 295, 322, 348,
    375, 402, 428, 455, 481, 508, 534, 561, 588, 614, 641, 667,
    694, 720, 747, 774, 800, 827, 853, 880, 907, 933, 960, 986,
    1013, 1039, 1066,
];

/// The first cached power that brings binary exponent `exp` (of a 64-bit significand) up to
/// at least GRISU_ALPHA; the table's spacing (about 26.6) keeps it at most GRISU_GAMMA.
fn cached_power_index(exp: i32) -> usize {
    let target = GRISU_ALPHA - exp - 64;
    let estimate = (target - CACHED_POW10_EXP2[0]) * 10 / 266 - 1;
    let mut i = if estimate > 0 { estimate as usize } else { 0 };
    while i + 1 < CACHED_POW10_COUNT && CACHED_POW10_EXP2[i] < target {
        i += 1;
    }
    while i > 0 && CACHED_POW10_EXP2[i - 1] >= target {
        i -= 1;
    }
    i
}

/// The high 64 bits of a * b, rounded.
fn mul_high_rounded(a: u64, b: u64) -> u64 {
    let p = a as u128 * b as u128 + (1u128 << 63);
    (p >> 64) as u64
}

/// (10^(n-1), n) for the largest power of ten at most v (v >= 1).
fn largest_pow10_at_most(v: u32) -> (u32, i32) {
    let mut p: u32 = 1;
    let mut n: i32 = 1;
    while v / 10 >= p {
        p *= 10;
        n += 1;
    }
    (p, n)
}

/// Shortest digits from 64-bit approximations of the scaled value and its interval. Each
/// product may be off by one unit, so the interval is widened by a unit each way to find the
/// digit count and the candidate must then lie inside it narrowed by the same error; when that
/// or the choice of the closest candidate cannot be proven, it returns false and leaves the
/// answer to Dragon.
fn grisu_shortest(iv: &RoundingInterval, out: &mut Digits) -> bool {
    let high_mant = iv.mant + iv.plus_units;
    let shift = high_mant.leading_zeros();
    let idx = cached_power_index(iv.exp - shift as i32);
    let c = CACHED_POW10_SIG[idx];
    let scaled_exp = iv.exp - shift as i32 + CACHED_POW10_EXP2[idx] + 64;
    if scaled_exp < GRISU_ALPHA || scaled_exp > GRISU_GAMMA {
        return false;
    }
    let pow10 = CACHED_POW10_FIRST + CACHED_POW10_STEP * idx as i32;
    let w = mul_high_rounded(iv.mant << shift, c);
    let too_low = mul_high_rounded((iv.mant - 1) << shift, c) - 1;
    let too_high = mul_high_rounded(high_mant << shift, c) + 1;
    let unsafe_width = too_high - too_low;
    let one_shift = (-scaled_exp) as u32;
    let fraction_mask = (1u64 << one_shift) - 1;
    let mut integral = (too_high >> one_shift) as u32;
    let mut fraction = too_high & fraction_mask;
    let (mut divisor, mut kappa) = largest_pow10_at_most(integral);
    out.len = 0;
    while kappa > 0 {
        out.push((integral / divisor) as u8);
        integral %= divisor;
        kappa -= 1;
        let rest = ((integral as u64) << one_shift) + fraction;
        if rest < unsafe_width {
            out.exp = out.len as i32 + kappa - pow10;
            let ten_kappa = (divisor as u64) << one_shift;
            return grisu_weed(out, too_high - w, unsafe_width, rest, ten_kappa, 1);
        }
        divisor /= 10;
    }
    let mut unit: u64 = 1;
    let mut unsafe_scaled = unsafe_width;
    loop {
        fraction *= 10;
        unit *= 10;
        unsafe_scaled *= 10;
        out.push((fraction >> one_shift) as u8);
        fraction &= fraction_mask;
        kappa -= 1;
        if fraction < unsafe_scaled {
            out.exp = out.len as i32 + kappa - pow10;
            return grisu_weed(out, (too_high - w) * unit, unsafe_scaled, fraction, 1u64 << one_shift, unit);
        }
    }
}

/// The candidate is too_high - rest; lowering its last digit moves it ten_kappa down. Moves
/// it to the candidate closest to w, then checks that the answer holds wherever w is within
/// its error of `unit`, and that the candidate is safely inside the interval.
fn grisu_weed(out: &mut Digits, high_minus_w: u64, unsafe_width: u64, start_rest: u64, ten_kappa: u64, unit: u64) -> bool {
    let mut rest = start_rest;
    // Distances from too_high to the highest and the lowest value w may stand for.
    let to_w_high = high_minus_w - unit;
    let to_w_low = high_minus_w + unit;
    while rest < to_w_high
        && unsafe_width - rest >= ten_kappa
        && (rest + ten_kappa < to_w_high || to_w_high - rest >= rest + ten_kappa - to_w_high)
    {
        out.d[out.len - 1] -= 1;
        rest += ten_kappa;
    }
    if rest < to_w_low
        && unsafe_width - rest >= ten_kappa
        && (rest + ten_kappa < to_w_low || to_w_low - rest > rest + ten_kappa - to_w_low)
    {
        return false;
    }
    2 * unit <= rest && rest <= unsafe_width - 4 * unit
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

fn digit_at(digits: &Digits, i: usize) -> u8 {
    if i < digits.len {
        b'0' + digits.d[i]
    } else {
        b'0'
    }
}

fn push_digit_range(out: &mut FloatOut, digits: &Digits, from: usize, to: usize) {
    let mut i = from;
    while i < to {
        out.push(digit_at(digits, i));
        i += 1;
    }
}

/// Plain decimal notation with at least `min_frac` digits after the point (none if zero).
fn write_decimal(out: &mut FloatOut, digits: &Digits, min_frac: usize) {
    if digits.len == 0 || digits.exp <= 0 {
        out.push(b'0');
        let leading_zeros = if digits.len == 0 { 0 } else { (-digits.exp) as usize };
        let frac = leading_zeros + digits.len;
        let total_frac = if frac > min_frac { frac } else { min_frac };
        if total_frac > 0 {
            out.push(b'.');
            out.push_repeated(b'0', leading_zeros);
            push_digit_range(out, digits, 0, digits.len);
            out.push_repeated(b'0', total_frac - frac);
        }
        return;
    }
    let int_len = digits.exp as usize;
    if int_len >= digits.len {
        push_digit_range(out, digits, 0, digits.len);
        out.push_repeated(b'0', int_len - digits.len);
        if min_frac > 0 {
            out.push(b'.');
            out.push_repeated(b'0', min_frac);
        }
        return;
    }
    push_digit_range(out, digits, 0, int_len);
    out.push(b'.');
    push_digit_range(out, digits, int_len, digits.len);
    let frac = digits.len - int_len;
    if min_frac > frac {
        out.push_repeated(b'0', min_frac - frac);
    }
}

/// d.ddd e N with at least `min_digits` significant digits.
fn write_exponential(out: &mut FloatOut, digits: &Digits, min_digits: usize, upper: bool) {
    out.push(digit_at(digits, 0));
    if digits.len > 1 || min_digits > 1 {
        out.push(b'.');
        push_digit_range(out, digits, 1, digits.len);
        let shown = if digits.len > 1 { digits.len } else { 1 };
        if min_digits > shown {
            out.push_repeated(b'0', min_digits - shown);
        }
    }
    out.push(if upper { b'E' } else { b'e' });
    let e = if digits.len == 0 { 0 } else { digits.exp - 1 };
    if e < 0 {
        out.push(b'-');
    }
    write_unsigned(out, if e < 0 { (-e) as u32 } else { e as u32 });
}

fn write_unsigned(out: &mut FloatOut, v: u32) {
    let mut tmp: [u8; 10] = [0; 10];
    let mut n = 0;
    let mut rest = v;
    loop {
        tmp[n] = b'0' + (rest % 10) as u8;
        n += 1;
        rest /= 10;
        if rest == 0 {
            break;
        }
    }
    while n > 0 {
        n -= 1;
        out.push(tmp[n]);
    }
}

// ---------------------------------------------------------------------------------------------
// Formatting with a spec
// ---------------------------------------------------------------------------------------------

fn format_bits(bits: u64, lay: &Layout, spec: &FloatSpec, out: &mut FloatOut) {
    let start = out.len;
    if spec.has_precision && spec.precision > FLOAT_OUT_CAP {
        out.overflow = true;
        return;
    }
    let d = decode(bits, lay);
    let sign_len = write_sign(&d, spec.plus, out);
    if d.class == CLASS_NAN {
        out.push3(b'N', b'a', b'N');
    } else if d.class == CLASS_INFINITE {
        out.push3(b'i', b'n', b'f');
    } else {
        write_number(&d, bits & !lay.sign_bit(), lay, spec, out);
    }
    if spec.has_width && !out.overflow {
        pad_to_width(out, start, sign_len, spec);
    }
    if out.overflow {
        out.len = start;
    }
}

/// NaN has no sign; -0.0 keeps its minus.
fn write_sign(d: &Decoded, plus: bool, out: &mut FloatOut) -> usize {
    if d.class == CLASS_NAN {
        return 0;
    }
    if d.negative {
        out.push(b'-');
        return 1;
    }
    if plus {
        out.push(b'+');
        return 1;
    }
    0
}

fn write_number(d: &Decoded, abs_bits: u64, lay: &Layout, spec: &FloatSpec, out: &mut FloatOut) {
    let mut digits = Digits::new();
    let finite_nonzero = d.class == CLASS_FINITE;
    if spec.kind == KIND_LOWER_EXP || spec.kind == KIND_UPPER_EXP {
        let upper = spec.kind == KIND_UPPER_EXP;
        if spec.has_precision {
            let count = spec.precision + 1;
            if finite_nonzero {
                exact_digits(d, false, count as i64, &mut digits);
            }
            write_exponential(out, &digits, count, upper);
        } else {
            if finite_nonzero {
                shortest_digits(d, &mut digits);
            }
            write_exponential(out, &digits, 0, upper);
        }
        return;
    }
    if spec.has_precision {
        if finite_nonzero {
            exact_digits(d, true, spec.precision as i64, &mut digits);
        }
        write_decimal(out, &digits, spec.precision);
        return;
    }
    if finite_nonzero {
        shortest_digits(d, &mut digits);
    }
    if spec.kind == KIND_DEBUG {
        let plain = abs_bits == 0 || (abs_bits >= lay.debug_low_bits && abs_bits < lay.debug_high_bits);
        if plain {
            write_decimal(out, &digits, 1);
        } else {
            write_exponential(out, &digits, 0, false);
        }
        return;
    }
    write_decimal(out, &digits, 0);
}

// Numbers align right by default; the `0` flag pads with zeros after the sign and ignores fill
// and alignment. Everything written so far is ASCII, so bytes count characters.
fn pad_to_width(out: &mut FloatOut, start: usize, sign_len: usize, spec: &FloatSpec) {
    let chars = out.len - start;
    if spec.width <= chars {
        return;
    }
    let pad = spec.width - chars;
    if spec.zero {
        insert_fill(out, start + sign_len, pad, 48);
        return;
    }
    let before = if spec.align == ALIGN_LEFT {
        0
    } else if spec.align == ALIGN_CENTER {
        pad / 2
    } else {
        pad
    };
    insert_fill(out, start, before, spec.fill);
    let end = out.len;
    insert_fill(out, end, pad - before, spec.fill);
}

/// Inserts `count` copies of the code point `fill` (as UTF-8) at byte offset `at`.
fn insert_fill(out: &mut FloatOut, at: usize, count: usize, fill: u32) {
    if count == 0 {
        return;
    }
    let (bytes, n) = encode_utf8(fill);
    if count > (FLOAT_OUT_CAP - out.len) / n {
        out.overflow = true;
        return;
    }
    let shift = count * n;
    let mut i = out.len;
    while i > at {
        i -= 1;
        out.buf[i + shift] = out.buf[i];
    }
    for j in 0..shift {
        out.buf[at + j] = bytes[j % n];
    }
    out.len += shift;
}

fn encode_utf8(c: u32) -> ([u8; 4], usize) {
    if c < 0x80 {
        return ([c as u8, 0, 0, 0], 1);
    }
    if c < 0x800 {
        return ([0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8, 0, 0], 2);
    }
    if c < 0x10000 {
        return ([0xE0 | (c >> 12) as u8, 0x80 | ((c >> 6) & 0x3F) as u8, 0x80 | (c & 0x3F) as u8, 0], 3);
    }
    (
        [
            0xF0 | (c >> 18) as u8,
            0x80 | ((c >> 12) & 0x3F) as u8,
            0x80 | ((c >> 6) & 0x3F) as u8,
            0x80 | (c & 0x3F) as u8,
        ],
        4,
    )
}

// ---------------------------------------------------------------------------------------------
// Parsing
// ---------------------------------------------------------------------------------------------

// 768 significant digits decide the rounding of any f64 (a midpoint between two f64s has at
// most 767); more digits only matter through whether any of them is nonzero.
const PARSE_DIGITS: usize = 800;

const ST_START: u8 = 0;
const ST_SIGN: u8 = 1;
const ST_INT: u8 = 2;
const ST_POINT_FIRST: u8 = 3;
const ST_FRAC: u8 = 4;
const ST_EXP_MARK: u8 = 5;
const ST_EXP_SIGN: u8 = 6;
const ST_EXP_DIGITS: u8 = 7;
const ST_BAD: u8 = 8;

// Rust stops accumulating an explicit exponent once it reaches this, so huge exponents
// saturate instead of overflowing.
const EXP_SATURATION: i64 = 0x10000;

/// Reads the text of a float one byte at a time; `finish_f64` / `finish_f32` give the value.
/// Accepts exactly what Rust's str::parse does: an optional sign, then digits with an optional
/// point (at least one digit) and an optional e/E exponent with optional sign, or inf, infinity
/// or nan in any case.
pub struct FloatParser {
    digits: [u8; PARSE_DIGITS],
    nd: usize,
    dropped_nonzero: bool,
    // The value is digits * 10^digit_exp (before the explicit exponent).
    digit_exp: i64,
    exp_value: i64,
    exp_negative: bool,
    negative: bool,
    state: u8,
    seen_any: bool,
    // The bytes after the sign, kept while there are at most 8 of them, for inf/nan.
    word: [u8; 8],
    word_len: usize,
}

impl FloatParser {
    pub fn new() -> FloatParser {
        FloatParser {
            digits: [0; PARSE_DIGITS],
            nd: 0,
            dropped_nonzero: false,
            digit_exp: 0,
            exp_value: 0,
            exp_negative: false,
            negative: false,
            state: ST_START,
            seen_any: false,
            word: [0; 8],
            word_len: 0,
        }
    }

    pub fn push(&mut self, b: u8) {
        let first = !self.seen_any;
        self.seen_any = true;
        if first && (b == b'+' || b == b'-') {
            self.negative = b == b'-';
            self.state = ST_SIGN;
            return;
        }
        self.remember_word_byte(b);
        let is_digit = b >= b'0' && b <= b'9';
        let is_exp_mark = b == b'e' || b == b'E';
        let st = self.state;
        if st == ST_START || st == ST_SIGN {
            if is_digit {
                self.take_int_digit(b - b'0');
                self.state = ST_INT;
            } else if b == b'.' {
                self.state = ST_POINT_FIRST;
            } else {
                self.state = ST_BAD;
            }
        } else if st == ST_INT {
            if is_digit {
                self.take_int_digit(b - b'0');
            } else if b == b'.' {
                self.state = ST_FRAC;
            } else if is_exp_mark {
                self.state = ST_EXP_MARK;
            } else {
                self.state = ST_BAD;
            }
        } else if st == ST_POINT_FIRST || st == ST_FRAC {
            if is_digit {
                self.take_frac_digit(b - b'0');
                self.state = ST_FRAC;
            } else if is_exp_mark && st == ST_FRAC {
                self.state = ST_EXP_MARK;
            } else {
                self.state = ST_BAD;
            }
        } else if st == ST_EXP_MARK && (b == b'+' || b == b'-') {
            self.exp_negative = b == b'-';
            self.state = ST_EXP_SIGN;
        } else if st == ST_EXP_MARK || st == ST_EXP_SIGN || st == ST_EXP_DIGITS {
            if is_digit {
                self.take_exp_digit(b - b'0');
                self.state = ST_EXP_DIGITS;
            } else {
                self.state = ST_BAD;
            }
        }
    }

    fn remember_word_byte(&mut self, b: u8) {
        if self.word_len < 8 {
            self.word[self.word_len] = b;
        }
        if self.word_len < 9 {
            self.word_len += 1;
        }
    }

    fn take_int_digit(&mut self, d: u8) {
        if self.nd == 0 && d == 0 {
            return;
        }
        if self.nd < PARSE_DIGITS {
            self.digits[self.nd] = d;
            self.nd += 1;
        } else {
            if d != 0 {
                self.dropped_nonzero = true;
            }
            self.digit_exp += 1;
        }
    }

    fn take_frac_digit(&mut self, d: u8) {
        if self.nd == 0 && d == 0 {
            self.digit_exp -= 1;
            return;
        }
        if self.nd < PARSE_DIGITS {
            self.digits[self.nd] = d;
            self.nd += 1;
            self.digit_exp -= 1;
        } else if d != 0 {
            self.dropped_nonzero = true;
        }
    }

    fn take_exp_digit(&mut self, d: u8) {
        if self.exp_value < EXP_SATURATION {
            self.exp_value = self.exp_value * 10 + d as i64;
        }
    }

    pub fn finish_f64(&self) -> ParsedF64 {
        let r = self.finish_bits(&f64_layout());
        ParsedF64 { ok: r.ok, empty: r.empty, value: f64::from_bits(r.bits) }
    }

    pub fn finish_f32(&self) -> ParsedF32 {
        let r = self.finish_bits(&f32_layout());
        ParsedF32 { ok: r.ok, empty: r.empty, value: f32::from_bits(r.bits as u32) }
    }

    fn finish_bits(&self, lay: &Layout) -> ParsedBits {
        if !self.seen_any {
            return ParsedBits { ok: false, empty: true, bits: 0 };
        }
        let sign = if self.negative { lay.sign_bit() } else { 0 };
        let st = self.state;
        if st == ST_INT || st == ST_FRAC || st == ST_EXP_DIGITS {
            return ParsedBits { ok: true, empty: false, bits: sign | self.magnitude_bits(lay) };
        }
        if self.word_is(3, 0x696E66) || self.word_is(8, 0x696E66696E697479) {
            return ParsedBits { ok: true, empty: false, bits: sign | lay.inf_bits() };
        }
        if self.word_is(3, 0x6E616E) {
            return ParsedBits { ok: true, empty: false, bits: sign | lay.quiet_nan_bits() };
        }
        ParsedBits { ok: false, empty: false, bits: 0 }
    }

    /// Whether the word after the sign is `len` letters equal, ignoring case, to the lowercase
    /// ASCII letters packed big-endian into `packed`.
    fn word_is(&self, len: usize, packed: u64) -> bool {
        if self.word_len != len {
            return false;
        }
        for i in 0..len {
            let expected = (packed >> (8 * (len - 1 - i) as u32)) as u8;
            let b = self.word[i];
            let lower = if b >= b'A' && b <= b'Z' { b + 32 } else { b };
            if lower != expected {
                return false;
            }
        }
        true
    }

    fn magnitude_bits(&self, lay: &Layout) -> u64 {
        if self.nd == 0 {
            return 0;
        }
        let explicit = if self.exp_negative { -self.exp_value } else { self.exp_value };
        let exp10 = self.digit_exp + explicit;
        if !self.dropped_nonzero && self.nd <= 19 {
            let (done, bits) = clinger_fast_path(self.small_mantissa(), exp10, lay);
            if done {
                return bits;
            }
        }
        // Dropped nonzero digits act as one more digit 1: it sits below every decision point.
        let nd = if self.dropped_nonzero { self.nd as i64 + 1 } else { self.nd as i64 };
        let exp10 = if self.dropped_nonzero { exp10 - 1 } else { exp10 };
        if nd + exp10 - 1 >= lay.inf_dec_exp {
            return lay.inf_bits();
        }
        if nd + exp10 <= lay.zero_dec_exp {
            return 0;
        }
        let mut n = self.digits_as_big();
        if self.dropped_nonzero {
            n.mul_small(10);
            n.add_small(1);
        }
        ratio_to_bits(n, exp10 as i32, lay)
    }

    fn small_mantissa(&self) -> u64 {
        let mut m: u64 = 0;
        for i in 0..self.nd {
            m = m * 10 + self.digits[i] as u64;
        }
        m
    }

    fn digits_as_big(&self) -> Big {
        let mut n = Big::from_u64(0);
        let mut i = 0;
        while i < self.nd {
            let mut chunk: u32 = 0;
            let mut width = 0;
            while width < 9 && i < self.nd {
                chunk = chunk * 10 + self.digits[i] as u32;
                i += 1;
                width += 1;
            }
            n.mul_small(POW10_U32[width]);
            n.add_small(chunk);
        }
        n
    }
}

struct ParsedBits {
    ok: bool,
    empty: bool,
    bits: u64,
}

const POW10_F64: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
    1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
];

const POW10_F32: [f32; 11] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10];

// When the digits and the power of ten are both exact floats, one correctly rounded multiply or
// divide gives the correctly rounded result.
fn clinger_fast_path(m: u64, exp10: i64, lay: &Layout) -> (bool, u64) {
    if lay.is_f64() {
        if m > (1u64 << 53) || exp10 < -22 || exp10 > 22 {
            return (false, 0);
        }
        let x = m as f64;
        let v = if exp10 < 0 { x / POW10_F64[(-exp10) as usize] } else { x * POW10_F64[exp10 as usize] };
        return (true, v.to_bits());
    }
    if m > (1u64 << 24) || exp10 < -10 || exp10 > 10 {
        return (false, 0);
    }
    let x = m as f32;
    let v = if exp10 < 0 { x / POW10_F32[(-exp10) as usize] } else { x * POW10_F32[exp10 as usize] };
    (true, v.to_bits() as u64)
}

/// The float nearest to n * 10^exp10 (ties to even), as bits without the sign.
fn ratio_to_bits(n: Big, exp10: i32, lay: &Layout) -> u64 {
    let mut num = n;
    let mut den = Big::from_u64(1);
    if exp10 >= 0 {
        num.mul_pow10(exp10 as u32);
    } else {
        den.mul_pow10((-exp10) as u32);
    }
    // Scale by a power of two so that den <= num < 2 den; then num / den * 2^b is the value.
    let mut b = num.bit_len() - den.bit_len();
    if b >= 0 {
        den.mul_pow2(b as u32);
    } else {
        num.mul_pow2((-b) as u32);
    }
    if num.compare(&den) < 0 {
        num.mul_pow2(1);
        b -= 1;
    }
    // 64 quotient bits by long division, the leading one first.
    let mut q: u64 = 0;
    for _ in 0..64 {
        q <<= 1;
        if num.compare(&den) >= 0 {
            num.sub(&den);
            q |= 1;
        }
        num.mul_pow2(1);
    }
    round_to_bits(q, !num.is_zero(), b, lay)
}

/// Rounds q * 2^(b - 63) (q has its top bit set; `sticky` says something nonzero follows) to
/// the nearest float, ties to even.
fn round_to_bits(q: u64, sticky: bool, b: i32, lay: &Layout) -> u64 {
    let min_exp = 1 - lay.bias;
    let normal = b >= min_exp;
    let mut shift = 63 - lay.frac_bits as i32;
    if !normal {
        shift += min_exp - b;
    }
    if shift > 64 {
        return 0;
    }
    let kept = if shift == 64 { 0 } else { q >> shift as u32 };
    let rest = if shift == 64 { q } else { q & ((1u64 << shift as u32) - 1) };
    let half = 1u64 << (shift - 1) as u32;
    let round_up = rest > half || (rest == half && (sticky || (kept & 1) == 1));
    let m = if round_up { kept + 1 } else { kept };
    if !normal {
        // A carry into bit frac_bits turns the subnormal into the smallest normal.
        return m;
    }
    // A carry out of the mantissa moves into the exponent field, up to infinity.
    let biased = (b + lay.bias) as u64;
    let bits = (biased << lay.frac_bits) + (m - (1u64 << lay.frac_bits));
    if bits >= lay.inf_bits() {
        return lay.inf_bits();
    }
    bits
}
