#!/usr/bin/env bash
# Checks compiler/src/main/resources/dev/wasmrust/std/fmt_float.rs natively: first that it keeps
# to the Rust subset WasmRust compiles (a textual lint, comments stripped), then every line of
# conformance/data/floats.txt (from gen-floats.sh) plus extra specs compared with this rustc's std,
# in a debug build (overflow checks on) and an -O build. Prints the mismatch count and the first
# few; exits non-zero on any mismatch. `--time` also prints formatting speed against std.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
root="$(cd "$here/.." && pwd)"
impl="$root/compiler/src/main/resources/dev/wasmrust/std/fmt_float.rs"
RUSTC="${RUSTC:-rustc}"
tmp="$(mktemp -d)"
data="$tmp/floats.txt"
gunzip -c "$here/src/test/resources/conformance/data/floats.txt.gz" >"$data"
trap 'rm -rf "$tmp"' EXIT

# --- subset lint -----------------------------------------------------------------------------
sed -E 's://.*$::' "$impl" >"$tmp/code.rs"
lint_failed=0
forbid() { # description, perl regex
  local hits
  hits="$(grep -nP -- "$2" "$tmp/code.rs" || true)"
  if [ -n "$hits" ]; then
    echo "subset violation ($1):"
    echo "$hits" | head -5 | sed 's/^/  line /'
    lint_failed=1
  fi
}
forbid "macro" '\b[A-Za-z_][A-Za-z0-9_]*!\s*[(\[{]'
forbid "attribute" '#!?\['
forbid "std/core path or use" '\b(std|core|alloc)::|^\s*(pub\s+)?use\b'
forbid "static" '\bstatic\b'
forbid "unsafe" '\bunsafe\b'
forbid "trait, dyn, impl Trait, trait impl" '\b(trait|dyn)\b|\bimpl\s+\w+\s+for\b|\bimpl\s*<|:\s*impl\b|->\s*impl\b'
forbid "generics" '\b(fn|struct|enum)\s+\w+\s*<'
forbid "library types" '\b(Vec|String|Option|Result|Some|None|Ok|Err|Box|Rc|Cell|RefCell)\b'
forbid "slice type or slicing" '&\s*(mut\s+)?\[[^;\]]*\]|\[[^\];]*\.\.[^\]]*\]'
forbid "str" '\bstr\b'
forbid "closure" '(\(|=|,)\s*(move\s+)?\|'
forbid "? operator" '[\w)\]]\?'
forbid "unlisted integer type" '\b(i8|i16|i128|u8x|f16|f128)\b'
forbid "iterator or other unlisted method" '\.(iter|into_iter|iter_mut|map|filter|collect|rev|zip|enumerate|sum|fold|pow|powi|powf|abs|min|max|clamp|sqrt|log10|log2|ln|exp|floor|ceil|round|trunc|unwrap|expect|clone|to_string|saturating_\w+|is_nan|is_finite|signum)\s*\('
forbid "fn main / enum / mod" '\bfn\s+main\b|\benum\b|\bmod\b'
if [ "$lint_failed" -ne 0 ]; then
  exit 1
fi
echo "subset lint: ok"

# --- native checks ---------------------------------------------------------------------------
driver="$here/tools/float_native_driver.rs"
status=0
for mode in debug release; do
  flags=()
  if [ "$mode" = release ]; then flags=(-O); fi
  "$RUSTC" --edition 2021 "${flags[@]}" -o "$tmp/driver-$mode" "$driver"
  echo "== $mode build"
  if ! "$tmp/driver-$mode" "$data"; then
    status=1
  fi
done
if [ "${1:-}" = "--time" ]; then
  "$tmp/driver-release" "$data" --time
fi
exit $status
