#!/usr/bin/env python3
"""For every result where WasmRust's float math differs from rustc's (glibc's), tells which of the two is
nearer the exact value (mpmath at 300 bits): the evidence behind data/float_math_allowance.txt.

    wasmrust run --engine=compiler tools/float_math_gen.rs > ours.txt
    python3 tools/float-math-cr.py ours.txt [function ...]

It builds a copy of float_math_gen.rs that also prints the inputs, with rustc, to learn them. Needs mpmath."""
import os, re, struct, subprocess, sys, tempfile
import mpmath

mpmath.mp.prec = 300
here = os.path.dirname(os.path.abspath(__file__))


def inputs():
    src = open(os.path.join(here, "float_math_gen.rs")).read()
    src = src.replace('println!("{:016x}", f(x).to_bits());', 'println!("{:016x} {:016x}", x.to_bits(), f(x).to_bits());')
    src = src.replace('println!("{:08x}", f(x).to_bits());', 'println!("{:08x} {:08x}", x.to_bits(), f(x).to_bits());')
    src = src.replace('println!("{:016x}", f(x, y).to_bits());',
                      'println!("{:016x} {:016x} {:016x}", x.to_bits(), y.to_bits(), f(x, y).to_bits());')
    src = src.replace('println!("{:08x}", f(x, y).to_bits());',
                      'println!("{:08x} {:08x} {:08x}", x.to_bits(), y.to_bits(), f(x, y).to_bits());')
    with tempfile.TemporaryDirectory() as d:
        open(os.path.join(d, "g.rs"), "w").write(src)
        subprocess.run(["rustc", "-O", "-o", os.path.join(d, "g"), os.path.join(d, "g.rs")], check=True)
        return subprocess.run([os.path.join(d, "g")], check=True, capture_output=True, text=True).stdout.split("\n")


def useful_pow(x, y):
    b = abs(x) % 10
    return mpmath.power(-b if y == int(y) else b, y)


F = {"exp": mpmath.exp, "exp2": lambda x: mpmath.power(2, x), "exp_m1": mpmath.expm1, "ln": mpmath.log,
     "ln_1p": mpmath.log1p, "log2": lambda x: mpmath.log(x, 2), "log10": mpmath.log10, "sin": mpmath.sin,
     "cos": mpmath.cos, "tan": mpmath.tan, "sin_cos.0": mpmath.sin, "sin_cos.1": mpmath.cos, "asin": mpmath.asin,
     "acos": mpmath.acos, "atan": mpmath.atan, "sinh": mpmath.sinh, "cosh": mpmath.cosh, "tanh": mpmath.tanh,
     "asinh": mpmath.asinh, "acosh": mpmath.acosh, "atanh": mpmath.atanh, "cbrt": mpmath.cbrt,
     "powf": mpmath.power, "powf_useful": useful_pow, "powf_int": lambda x, y: mpmath.power(x, mpmath.sign(y) * mpmath.floor(abs(y) + mpmath.mpf(0.5))),
     "atan2": mpmath.atan2, "hypot": lambda a, b: mpmath.sqrt(a * a + b * b), "log": lambda x, b: mpmath.log(x) / mpmath.log(b)}


def main():
    ours = open(sys.argv[1]).read().split("\n")
    want = sys.argv[2:]
    stats = {}
    name = None
    for d, o in zip(inputs(), ours):
        if d.startswith("#"):
            name = d[2:]
            continue
        parts = d.split()
        if not parts:
            continue
        fn, ty = name.split()
        if fn not in F or (want and fn not in want) or parts[-1] == o:
            continue
        conv = (lambda h: struct.unpack(">d", bytes.fromhex(h))[0]) if ty == "f64" else (lambda h: struct.unpack(">f", bytes.fromhex(h))[0])
        try:
            exact = F[fn](*[mpmath.mpf(conv(p)) for p in parts[:-1]])
        except (ValueError, ZeroDivisionError):
            continue
        if isinstance(exact, mpmath.mpc) or not mpmath.isfinite(exact):
            continue
        theirs, mine = abs(mpmath.mpf(conv(parts[-1])) - exact), abs(mpmath.mpf(conv(o)) - exact)
        k = stats.setdefault(name, [0, 0, 0])
        k[0 if mine < theirs else 1 if theirs < mine else 2] += 1
    for n, (m, t, tie) in stats.items():
        print(f"{n:22s} ours nearer {m:5d}   glibc nearer {t:5d}   as near {tie}")


main()
