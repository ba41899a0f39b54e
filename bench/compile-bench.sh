#!/usr/bin/env bash
# Warm in-process compile time of a generated program: bench/compile-bench.sh [LINES] [WARMUP] [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl bench -am package
java -cp "bench/target/wasmrust-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" dev.wasmrust.bench.CompileBench "$@"
