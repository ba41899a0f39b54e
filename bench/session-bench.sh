#!/usr/bin/env bash
# The session engine's costs (issue 6), next to JShell: bench/session-bench.sh [CELLS]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
mvn -B -q -DskipTests -pl bench -am package
java -Xss16m -Xmx2g -cp "bench/target/wasmrust-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)" dev.wasmrust.bench.SessionBench "$@"
