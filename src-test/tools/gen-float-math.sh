#!/usr/bin/env bash
# Regenerates conformance/data/float_math.txt.gz (gzip -n, so reruns are byte-identical): the bits of
# what rustc's std (glibc's libm on x86-64 Linux) returns for every float math function over the fixed
# inputs of float_math_gen.rs, 10,000 per function and type. A debug build, as gen-conformance.sh uses:
# -O would let LLVM fold or rewrite some calls (pow(x, 2.0) into x * x) instead of calling libm.
# FloatMathTest compiles the same program with WasmRust and compares. Never edit the data by hand: change float_math_gen.rs and rerun this.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
data="$here/src/test/resources/conformance/data"
RUSTC="${RUSTC:-rustc}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "using $($RUSTC --version), $(ldd --version | head -1)"
"$RUSTC" --edition 2021 -o "$tmp/gen" "$here/tools/float_math_gen.rs"
mkdir -p "$data"
"$tmp/gen" >"$tmp/float_math.txt"
gzip -n -9 -c "$tmp/float_math.txt" >"$data/float_math.txt.gz"
echo "wrote $(grep -c '^#' "$tmp/float_math.txt") functions, $(grep -vc '^#' "$tmp/float_math.txt") results to $data/float_math.txt.gz"
