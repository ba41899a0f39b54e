#!/usr/bin/env bash
# Regenerates the expectations of the multi-cell session corpus (src/test/resources/sessions) from the
# real rustc, run natively (debug build: overflow checks on). For each NAME.session.rs it writes
# NAME.expected; never edit those by hand: change the session and rerun this script.
#
#   gen-sessions.sh                 all sessions
#   gen-sessions.sh NAME...         only these sessions
#   gen-sessions.sh --check [NAME]  regenerate in memory, exit 1 if a committed file differs
#   gen-sessions.sh --keep DIR ...  also write the program assembled for each cell (DIR/NAME.cellK.rs)
#
# Each cell costs one rustc compile and run (the committed cells before it plus the cell itself);
# the whole corpus takes a minute or two. How sessions are assembled: SESSIONS.md beside the corpus.
# RUSTC overrides the compiler (default: rustc on PATH; the committed files come from rustc 1.95.0).
set -euo pipefail
exec python3 "$(dirname "$0")/gen_sessions.py" "$@"
