#!/usr/bin/env bash
# Regenerates compiler/src/main/resources/dev/wasmrust/std/unicode.rs (the char classification tables of
# the standard library) from the rustc on PATH: the tables are what rustc's own char methods answer.
set -euo pipefail
here="$(cd "$(dirname "$0")/../.." && pwd)"
RUSTC="${RUSTC:-rustc}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
"$RUSTC" -O -o "$tmp/gen" "$here/src-test/tools/unicode_tables_gen.rs"
"$tmp/gen" > "$here/compiler/src/main/resources/dev/wasmrust/std/unicode.rs"
echo "wrote std/unicode.rs with the tables of $($RUSTC --version)"
