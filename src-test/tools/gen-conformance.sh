#!/usr/bin/env bash
# Regenerates the conformance expectations from the real rustc, run natively (no -O, so overflow
# checks are on as in a debug build). For each program NAME.rs under run/ it writes NAME.out (stdout),
# NAME.code (exit status) and NAME.err (stderr); for compile-fail/ and syntax-fail/ it writes NAME.err
# (rustc's diagnostics) and NAME.code. A multi-file program is a directory run/NAME/ (or
# compile-fail/NAME/) whose main.rs declares file modules; its expectations are main.out, main.code and
# main.err beside main.rs, and rustc runs in that directory. A program's standard input is NAME.in
# beside it when there is one (main.in for a directory), else empty (/dev/null). Never edit those files by hand: change a
# program and rerun this.
#
#   gen-conformance.sh                      every program
#   gen-conformance.sh run/NAME compile-fail/NAME ...   only these programs
#
# Normalisation: rustc >= 1.89 prints the panicking thread's OS id ("thread 'main' (1234) panicked");
# WebAssembly has no thread ids, so it is removed. RUST_BACKTRACE is unset so the note line is stable.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$here/src/test/resources/conformance"
RUSTC="${RUSTC:-rustc}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "using $($RUSTC --version)"

# prints "DIR FILE" for a program given as KIND/NAME: the directory rustc runs in and the root file
programs() {
  local kind="$1"
  shift
  if [ "$#" -eq 0 ]; then
    for f in "$corpus/$kind"/*.rs; do [ -e "$f" ] && echo "$corpus/$kind $(basename "$f")"; done
    for d in "$corpus/$kind"/*/; do [ -f "$d/main.rs" ] && echo "${d%/} main.rs"; done
  else
    for p in "$@"; do
      case "$p" in
        "$kind"/*)
          local n="${p#"$kind"/}"
          n="${n%.rs}"
          if [ -f "$corpus/$kind/$n/main.rs" ]; then echo "$corpus/$kind/$n main.rs"; else echo "$corpus/$kind $n.rs"; fi ;;
      esac
    done
  fi
  return 0
}

run_programs() {
  programs run "$@" | while read -r dir file; do
    name="${file%.rs}"
    out="$tmp/bin-$RANDOM"
    (cd "$dir" && "$RUSTC" --edition 2021 -A warnings -o "$out" "$file")
    set +e
    input=/dev/null
    [ -f "$dir/$name.in" ] && input="$dir/$name.in"
    (cd "$dir" && env -u RUST_BACKTRACE "$out" <"$input" >"$dir/$name.out" 2>"$tmp/stderr")
    echo $? >"$dir/$name.code"
    set -e
    sed -E "s/^thread 'main' \([0-9]+\) panicked/thread 'main' panicked/" "$tmp/stderr" >"$dir/$name.err"
    echo "run: $dir/$file"
  done
}

fail_programs() {
  local kind="$1"
  shift
  programs "$kind" "$@" | while read -r dir file; do
    name="${file%.rs}"
    set +e
    (cd "$dir" && "$RUSTC" --edition 2021 -A warnings -o "$tmp/out" "$file") 2>"$dir/$name.err"
    echo $? >"$dir/$name.code"
    set -e
    echo "$kind: $dir/$file"
  done
}

if [ "$#" -eq 0 ]; then
  run_programs
  fail_programs compile-fail
  # syntax-fail/: every program's whole rendering must match ours (after the documented normalisation:
  # the explain command), so rustc's stderr is kept verbatim.
  fail_programs syntax-fail
else
  run_programs "$@"
  fail_programs compile-fail "$@"
  fail_programs syntax-fail "$@"
fi | tail -n 3
echo "done"
