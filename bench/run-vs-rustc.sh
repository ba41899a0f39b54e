#!/usr/bin/env bash
# Wall time of `wasmrust run hello.rs` next to `rustc hello.rs && ./hello` and `./hello` alone, on this
# machine. Uses hyperfine when present (installed by ../shared/tools/oracles-setup.sh), else a plain loop.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cat >"$work/hello.rs" <<'RS'
fn main() {
    let mut total: u64 = 0;
    for i in 1..=10u64 {
        total += i * i;
    }
    println!("Hello, world! {}", total);
}
RS
cd "$work"
RUSTC="${RUSTC:-rustc}"
"$root/wasmrust" run hello.rs >/dev/null   # builds WasmRust first if needed
"$RUSTC" --edition 2021 hello.rs -o hello
echo "machine: $(nproc) cores, $(java -version 2>&1 | head -1), $($RUSTC --version)"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 3 --runs "${RUNS:-10}" \
    -n "wasmrust run hello.rs" "$root/wasmrust run hello.rs" \
    -n "rustc hello.rs && ./hello" "bash -c '$RUSTC --edition 2021 hello.rs -o hello2 && ./hello2'" \
    -n "./hello (prebuilt)" "./hello"
else
  for cmd in "$root/wasmrust run hello.rs" "bash -c '$RUSTC --edition 2021 hello.rs -o hello2 && ./hello2'" "./hello"; do
    start=$(date +%s%N)
    for _ in $(seq "${RUNS:-10}"); do eval "$cmd" >/dev/null; done
    end=$(date +%s%N)
    echo "$cmd: $(( (end - start) / ${RUNS:-10} / 1000000 )) ms mean"
  done
fi
