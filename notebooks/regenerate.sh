#!/usr/bin/env bash
# Re-runs the teaching notebooks with the kernel of this checkout and writes their outputs into them, for
# when a change of output is intended; `mvn verify` (NotebooksTest) then compares against these.
#   notebooks/regenerate.sh [NOTEBOOK.ipynb ...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prefix="$(mktemp -d)"
trap 'rm -rf "$prefix"' EXIT
"$here/../wasmrust" install-kernel --prefix "$prefix" >/dev/null
cd "$here"
JUPYTER_PATH="$prefix/share/jupyter" /usr/bin/python3 "$here/check_notebooks.py" --regenerate "$@"
