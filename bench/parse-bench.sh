#!/usr/bin/env bash
# Warm lex+parse throughput: bench/parse-bench.sh [DIR...] — each DIR's .rs files are parsed too and
# their syntax errors listed (point it at real crates' sources to check the parser on unseen code).
# Runs twice: with the JVM's default collector (G1), then with the parallel collector and a 2 GB initial
# heap, because a 200,000-line file allocates millions of tokens and AST nodes in one burst and G1 on two
# cores spends most of that run collecting.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
dirs=()
for d in "$@"; do dirs+=("$(cd "$d" && pwd)"); done
cd "$root"
mvn -B -q -DskipTests -pl bench -am package
cp="bench/target/wasmrust-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)"
java -Xss512m -cp "$cp" dev.wasmrust.bench.ParseBench "${dirs[@]}"
echo "--- parallel collector, -Xms2g"
java -Xss512m -Xms2g -XX:+UseParallelGC -cp "$cp" dev.wasmrust.bench.ParseBench
