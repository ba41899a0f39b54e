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
// The parts: float_dd.rs (double-double arithmetic, scaling, rounding to f32), float_exp_log.rs (exp, ln, pow,
// hyperbolic functions), float_trig.rs (argument reduction, sin, cos, tan, atan, asin, acos, atan2) and
// float_misc.rs (cbrt, hypot, fma, angle conversions, signaling NaNs).
