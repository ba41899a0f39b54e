#!/usr/bin/env bash
# Host-call and cell-linking costs of the runtime: bench/host-call-bench.sh [RUNS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl bench -am package
java -Xss16m -cp "bench/target/wasmrust-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" dev.wasmrust.bench.HostCallBench "$@"
