#!/usr/bin/env bash
# Jupyter round trip of trivial execute_requests, the WasmRust kernel beside IPython's kernel (python3,
# /usr/share/jupyter/kernels/python3) in one run: median and p99 over RUNS requests.
#   bench/kernel-roundtrip.sh [RUNS] [WARMUP]
# Needs Debian's /usr/bin/python3 with jupyter_client and ipykernel (../shared/tools/oracles-setup.sh).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
"$root/wasmrust" install-kernel --prefix "$prefix" >/dev/null
# our kernelspec first on the path; python3 comes from the system's
JUPYTER_PATH="$prefix/share/jupyter" /usr/bin/python3 "$root/bench/kernel-roundtrip.py" "$@" 2>/dev/null
