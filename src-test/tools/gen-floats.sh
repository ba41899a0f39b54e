#!/usr/bin/env bash
# Regenerates conformance/data/floats.txt.gz (gzip -n, so reruns are byte-identical) from the real rustc's std: how Rust formats 10,500 f64 and
# 10,500 f32 values under 15 format specs, and what str::parse::<f64>/<f32> returns for ~9,000
# strings. The values come from a fixed-seed generator (float_data_gen.rs), so a rerun writes the
# same bytes. Never edit floats.txt by hand: change float_data_gen.rs and rerun this.
# float-native-check.sh checks std/fmt_float.rs against the file.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
data="$here/src/test/resources/conformance/data"
RUSTC="${RUSTC:-rustc}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "using $($RUSTC --version)"
"$RUSTC" --edition 2021 -O -o "$tmp/gen" "$here/tools/float_data_gen.rs"
mkdir -p "$data"
"$tmp/gen" >"$tmp/floats.txt"
gzip -n -9 -c "$tmp/floats.txt" >"$data/floats.txt.gz"
echo "wrote $(grep -c $'\tf64\t' "$tmp/floats.txt") f64, $(grep -c $'\tf32\t' "$tmp/floats.txt") f32 and $(grep -c '^parse' "$tmp/floats.txt") parse lines to $data/floats.txt.gz"
