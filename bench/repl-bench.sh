#!/usr/bin/env bash
# The REPL's interactive figures: launch to first prompt through the real launcher on a pseudo-terminal
# (bench/repl-launch.py, after one run that (re)builds and trains the class-data-sharing archive), and
# keystroke-to-redraw latency of the line editor with highlighting on a 200-line cell (KeystrokeBench).
# Figures depend on the machine's load; the launch line prints the load average.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./wasmrust --version >/dev/null
echo "--- launch to first prompt (./wasmrust, warm: archive trained, files cached)"
/usr/bin/python3 bench/repl-launch.py ./wasmrust "${1:-10}"
echo "--- keystroke to redraw"
mvn -B -q -DskipTests -pl bench -am package
cp="bench/target/wasmrust-bench-0.1.0-SNAPSHOT.jar:$(cat bench/target/classpath.txt)"
java -Xss16m -XX:+UseSerialGC -cp "$cp" dev.wasmrust.bench.KeystrokeBench "${2:-400}"
