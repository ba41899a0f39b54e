#!/usr/bin/env python3
"""Differential fuzzing against native rustc: random programs of integer arithmetic, casts, comparisons
and formatting over every integer type, run by `wasmrust run` and by a rustc-built binary; stdout, stderr
and exit status must agree. Usage: fuzz-differential.py [COUNT] [SEED]. Prints each disagreement."""
import os, random, subprocess, sys, tempfile

# isize/usize are left out: 32-bit on wasm32, 64-bit in the native rustc build we compare with
TYPES = ["i8", "i16", "i32", "i64", "i128", "u8", "u16", "u32", "u64", "u128"]
BITS = {"i8": 8, "i16": 16, "i32": 32, "i64": 64, "i128": 128, "isize": 32,
        "u8": 8, "u16": 16, "u32": 32, "u64": 64, "u128": 128, "usize": 32}
ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

def lit(rng, t):
    b = BITS[t] if t not in ("isize", "usize") else 32
    signed = t.startswith("i")
    lo, hi = (-(1 << (b - 1)), (1 << (b - 1)) - 1) if signed else (0, (1 << b) - 1)
    v = rng.choice([0, 1, 2, 3, 7, 100, lo, hi, lo + 1, hi - 1, rng.randint(lo, hi)])
    return str(v)

def expr(rng, t, depth):
    if depth == 0 or rng.random() < 0.3:
        return rng.choice(["a", "b", f"({lit(rng, t)} as {t})"])
    op = rng.choice(["+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>", "cast", "neg", "not"])
    x = expr(rng, t, depth - 1)
    if op == "cast":
        u = rng.choice(TYPES)
        return f"(({expr(rng, u, depth - 1).replace('a', 'c').replace('b', 'c')}) as {t})" if False else f"(({x}) as {u} as {t})"
    if op == "neg":
        return f"(-({x}))" if t.startswith("i") else f"(!({x}))"
    if op == "not":
        return f"(!({x}))"
    if op in ("<<", ">>"):
        return f"(({x}) {op} (b as u32 % {BITS[t] + 2}))"
    return f"(({x}) {op} ({expr(rng, t, depth - 1)}))"

def program(rng):
    lines = []
    calls = []
    for i in range(rng.randint(3, 8)):
        t = rng.choice(TYPES)
        lines.append(f"fn f{i}(a: {t}, b: {t}) -> {t} {{\n    {expr(rng, t, rng.randint(1, 4))}\n}}\n")
        fmt = rng.choice(["{}", "{:?}", "{:x}", "{:#b}", "{:>12}", "{:<6}|", "{:+}", "{:08}", "{:X}", "{:o}"])
        calls.append(f'    println!("f{i} = {fmt}", f{i}({lit(rng, t)}, {lit(rng, t)}));')
        calls.append(f'    println!("cmp {{}} {{}}", f{i}({lit(rng, t)}, {lit(rng, t)}) > {lit(rng, t)}, {lit(rng, t)} as {t} == {lit(rng, t)});')
    return "\n".join(lines) + "fn main() {\n" + "\n".join(calls) + "\n}\n"

CHARS = ["'a'", "'Z'", "'\\n'", "'\\''", "'\"'", "'é'", "'\\u{1F600}'", "'\\t'", "'0'"]
STRS = ['"plain"', '"with \\"quotes\\""', '"tab\\there"', '"ünï"', '""', '"back\\\\slash"']

def program_control(rng):
    """Loops, labels, ranges near a type's limits, shadowing, and formatting of bool/char/str."""
    t = rng.choice(TYPES)
    b = BITS[t]
    hi = (1 << (b - 1)) - 1 if t.startswith("i") else (1 << b) - 1
    n = rng.randint(2, 6)
    body = [f"    let mut total: i128 = 0;",
            f"    'outer: for i in ({hi} as {t} - {n})..={hi} as {t} {{",
            f"        let i = i as i128;",
            f"        let mut j = 0;",
            f"        while j < {rng.randint(1, 5)} {{",
            f"            j += 1;",
            f"            if (i + j) % {rng.randint(2, 5)} == 0 {{ continue 'outer; }}",
            f"            if j > {rng.randint(2, 6)} {{ break 'outer; }}",
            f"            total += i % 1000 + j;",
            f"        }}",
            f"    }}",
            f"    let found = loop {{ total -= {rng.randint(1, 9)}; if total % {rng.randint(2, 7)} == 0 {{ break total; }} }};",
            f"    let v = 'blk: {{ if found > 0 {{ break 'blk 1; }} 2 }};",
            f'    println!("{{total}} {{found}} {{v:>3}}");']
    for _ in range(rng.randint(2, 5)):
        spec = rng.choice(["{}", "{:?}", "{:>8}", "{:<8}|", "{:^9}|", "{:*^7}", "{:-<6}|"])
        val = rng.choice(["true", "false", rng.choice(CHARS), rng.choice(STRS)])
        body.append(f'    println!("{spec}", {val});')
    x = rng.randint(0, 50)
    body += [f"    let x = {x};", "    let x = x * 2;", "    { let x = x + 1; print!(\"{x} \"); }", '    println!("{x}");']
    if rng.random() < 0.3:
        body.append(f'    assert!(x == {2 * x + rng.randint(0, 1)}, "x was {{}}", x);')
    if rng.random() < 0.3:
        body.append(f"    std::process::exit({rng.randint(0, 3)});")
    return "fn main() {\n" + "\n".join(body) + "\n}\n"

def run(cmd, cwd):
    p = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, timeout=120,
                       env={k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"})
    return p.returncode, p.stdout, p.stderr

def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 20
    rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 1)
    bad = 0
    with tempfile.TemporaryDirectory() as d:
        for n in range(count):
            src = program(rng) if rng.random() < 0.6 else program_control(rng)
            with open(os.path.join(d, "p.rs"), "w") as f:
                f.write(src)
            rc, _, rerr = run(["rustc", "--edition", "2021", "-A", "warnings", "p.rs", "-o", "p"], d)
            ours = run([os.path.join(ROOT, "wasmrust"), "run", "p.rs"], d)
            if rc != 0:
                # rustc rejected it (e.g. a lint): we must reject it too, with the same first error line
                theirs = (1, "", rerr)
                same = ours[0] == 1 and ours[2].splitlines()[:1] == rerr.splitlines()[:1]
            else:
                theirs = run(["./p"], d)
                import re
                terr = re.sub(r"thread 'main' \(\d+\) panicked", "thread 'main' panicked", theirs[2])
                same = ours[0] == theirs[0] and ours[1] == theirs[1] and ours[2] == terr
            if not same:
                bad += 1
                keep = os.environ.get("FUZZ_KEEP")
                if keep:
                    os.makedirs(keep, exist_ok=True)
                    with open(os.path.join(keep, f"p{n}.rs"), "w") as f:
                        f.write(src)
                print(f"--- program {n} disagrees\n{src}\nours: {ours}\nrustc: {theirs}\n")
    print(f"{count - bad}/{count} programs agree")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
