#!/usr/bin/env bash
# Regenerates the expectations of the pattern checker's tests from the real rustc. For each program
# NAME.rs under src/test/resources/patterns/ it runs rustc with JSON diagnostics and writes
# NAME.expected: the diagnostics rustc reports about patterns, in order, each with its level, code,
# message, labelled spans (1-based lines and columns, end exclusive), its children (notes and help,
# with their spans) and the text rustc renders for it. Never edit those files by hand: change a
# program and rerun this.
#
# Lints unrelated to patterns are allowed (so programs may leave bindings unused); the summary
# lines ("aborting due to ...", "N warnings emitted") and failure notes are dropped.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
corpus="$here/src/test/resources/patterns"
RUSTC="${RUSTC:-rustc}"
command -v jq >/dev/null || { echo "jq is required" >&2; exit 1; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
echo "using $($RUSTC --version)"
count=0
for f in "$corpus"/*.rs; do
  name="$(basename "$f" .rs)"
  set +e
  (cd "$corpus" && "$RUSTC" --edition 2021 --error-format=json --crate-type lib --emit=metadata \
      -o "$tmp/$name.rmeta" \
      -A unused_variables -A dead_code -A unreachable_code -A unused_imports \
      -A overlapping_range_endpoints -A non_contiguous_range_endpoints \
      "$name.rs") 2>"$tmp/$name.json"
  set -e
  jq -s '
    def spans: [.spans[] | {line: .line_start, col: .column_start, endLine: .line_end, endCol: .column_end,
                            primary: .is_primary, label: .label, replacement: .suggested_replacement}];
    [ .[]
      | select(.level != "failure-note")
      | select(.message | test("^aborting due to|warnings? emitted$") | not)
      | {level, code: (.code.code // null), message, labels: spans,
         children: [.children[] | {level, message, spans: spans}],
         rendered} ]' "$tmp/$name.json" >"$corpus/$name.expected"
  count=$((count + 1))
done
echo "regenerated $count pattern programs"
