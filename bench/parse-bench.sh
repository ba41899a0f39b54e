#!/usr/bin/env bash
# Warm lex+parse throughput: bench/parse-bench.sh [DIR...] — each DIR's .rs files are parsed too and
# their syntax errors listed (point it at real crates' sources to check the parser on unseen code).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dirs=()
for d in "$@"; do dirs+=("$(cd "$d" && pwd)"); done
cd "$root"
mvn -B -q -DskipTests -pl bench -am package
java -Xss512m -cp "bench/target/wasmrust-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" dev.wasmrust.bench.ParseBench "${dirs[@]}"
