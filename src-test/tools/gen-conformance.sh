#!/usr/bin/env bash
# Regenerates the conformance expectations from the real rustc, run natively (no -O, so overflow
# checks are on as in a debug build). For each program NAME.rs under run/ it writes NAME.out (stdout),
# NAME.code (exit status) and NAME.err (stderr); for compile-fail/ and syntax-fail/ it writes NAME.err
# (rustc's diagnostics) and NAME.code. Never edit those files by hand: change a program and rerun this.
#
# Normalisation: rustc >= 1.89 prints the panicking thread's OS id ("thread 'main' (1234) panicked");
# WebAssembly has no thread ids, so it is removed. RUST_BACKTRACE is unset so the note line is stable.
#
# Usage: gen-conformance.sh [NAME...]   (with names, only those programs of any directory are regenerated)
set -euo pipefail
only=" $* "
wanted() { [ "$only" = "  " ] || [[ "$only" == *" $1 "* ]]; }
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$here/src/test/resources/conformance"
RUSTC="${RUSTC:-rustc}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "using $($RUSTC --version)"
for f in "$corpus"/run/*.rs; do
  name="$(basename "$f" .rs)"
  wanted "$name" || continue
  (cd "$corpus/run" && "$RUSTC" --edition 2021 -A warnings -o "$tmp/$name" "$name.rs")
  set +e
  env -u RUST_BACKTRACE "$tmp/$name" >"$corpus/run/$name.out" 2>"$tmp/$name.err"
  echo $? >"$corpus/run/$name.code"
  set -e
  sed -E "s/^thread 'main' \([0-9]+\) panicked/thread 'main' panicked/" "$tmp/$name.err" >"$corpus/run/$name.err"
done
for f in "$corpus"/compile-fail/*.rs; do
  name="$(basename "$f" .rs)"
  wanted "$name" || continue
  set +e
  (cd "$corpus/compile-fail" && "$RUSTC" --edition 2021 -A warnings -o "$tmp/$name" "$name.rs") 2>"$corpus/compile-fail/$name.err"
  echo $? >"$corpus/compile-fail/$name.code"
  set -e
done
# syntax-fail/: every program's whole rendering must match ours (after the documented normalisation:
# the explain command), so rustc's stderr is kept verbatim.
for f in "$corpus"/syntax-fail/*.rs; do
  name="$(basename "$f" .rs)"
  wanted "$name" || continue
  set +e
  (cd "$corpus/syntax-fail" && "$RUSTC" --edition 2021 -A warnings -o "$tmp/$name" "$name.rs") 2>"$corpus/syntax-fail/$name.err"
  echo $? >"$corpus/syntax-fail/$name.code"
  set -e
done
echo "regenerated $(ls "$corpus"/syntax-fail/*.rs | wc -l) syntax-fail programs"
echo "regenerated $(ls "$corpus"/run/*.rs | wc -l) run programs and $(ls "$corpus"/compile-fail/*.rs | wc -l) compile-fail programs"
