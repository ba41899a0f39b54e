#!/usr/bin/env bash
# Issue 5's side-by-side figures for every conformance run program: our warm compile time vs the Debian
# rustc's `--target wasm32-wasi -C opt-level=0`, both modules' run time in Chicory (same engine), sizes.
# bench/corpus-vs-rustc.sh [DIR] [RUSTC] [interpreter|compiler]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl bench -am package
java -cp "bench/target/wasmrust-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" dev.wasmrust.bench.CorpusVsRustc "$@"
