#!/usr/bin/env python3
"""Produces the expectations of the multi-cell session corpus from the real rustc.

Called by gen-sessions.sh; the format and the semantics are documented in
src-test/src/test/resources/sessions/SESSIONS.md. In short: for every cell k of a session the
committed cells before k and cell k itself are assembled into one Rust program (items hoisted to the
crate's top level, statements in `fn main` in order, a marker printed to stdout and stderr before
each cell's statements, a trailing expression printed with `{:?}` unless it is `()`), compiled with
`rustc --edition 2021`, run natively, and the part of its output after cell k's marker is cell k's
expectation. A cell that fails to compile is not committed; a cell that panics keeps its items but
not its statements. Outputs of the replayed earlier cells must equal what was recorded for them,
otherwise the session cannot be assembled faithfully and the script stops.
"""
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile

SEPARATOR = re.compile(r"^// -- cell(?::[ \t]*(expect-error(?:[ \t]+(E\d{4}))?|expect-panic))?[ \t]*$")
MARK = "\x01cell {}\x01\n"
VALUE_MARK = "\x01value\x01"
ITEM_KEYWORDS = {"fn", "struct", "enum", "union", "impl", "trait", "use", "const", "static", "mod",
                 "type", "extern"}
BRACE_ITEMS = {"fn", "struct", "enum", "union", "impl", "trait", "mod", "macro_rules", "extern"}
BLOCK_LIKE = {"if", "match", "while", "loop", "for", "unsafe", "{"}

# Prints a trailing expression's value unless its type is (): method resolution picks the inherent
# trait impl on __W<&()> at the first (by-value) probe step; any other type only matches the impl on
# &__W<&T> after an auto-ref. Stable Rust, no specialization.
# The two deny-by-default lints are allowed because in one program rustc propagates constants across
# cells (`let d = 0;` in one cell, `10 / d` in a later one is rejected at compile time), which a REPL
# that compiles each cell on its own cannot do: the later cell panics at run time.
PRELUDE = """\
#![allow(unconditional_panic, arithmetic_overflow)]
struct __W<T>(T);
trait __ShowUnit { fn __show(&self); }
impl<'a> __ShowUnit for __W<&'a ()> { fn __show(&self) {} }
trait __ShowAny { fn __show(&self); }
impl<'a, T: ::std::fmt::Debug> __ShowAny for &__W<&'a T> {
    fn __show(&self) { println!("\\u{1}value\\u{1}{:?}", self.0) }
}
"""


class SessionError(Exception):
    pass


# ---------------------------------------------------------------- lexing and splitting cells

def tokens(text):
    """Rust tokens of text as (kind, value, start, end); comments are skipped. Good enough to find
    statement and item boundaries: strings, raw strings, chars, lifetimes, nested comments."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c.isspace():
            i += 1
        elif text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            depth, j = 1, i + 2
            while depth and j < n:
                if text.startswith("/*", j):
                    depth, j = depth + 1, j + 2
                elif text.startswith("*/", j):
                    depth, j = depth - 1, j + 2
                else:
                    j += 1
            i = j
        elif re.match(r'(?:b|c)?r#*"', text[i:i + 40]):
            m = re.match(r'(?:b|c)?r(#*)"', text[i:])
            close = '"' + m.group(1)
            j = text.find(close, i + m.end())
            if j < 0:
                raise SessionError("unterminated raw string")
            out.append(("lit", text[i:j + len(close)], i, j + len(close)))
            i = j + len(close)
        elif c == '"' or (c in "bc" and text.startswith('"', i + 1)):
            j = i + (1 if c == '"' else 2)
            while j < n and text[j] != '"':
                j += 2 if text[j] == "\\" else 1
            out.append(("lit", text[i:j + 1], i, j + 1))
            i = j + 1
        elif c == "'" or (c == "b" and text.startswith("'", i + 1)):
            q = i if c == "'" else i + 1
            if q + 1 < n and text[q + 1] == "\\":
                j = text.find("'", q + 3)
                out.append(("lit", text[i:j + 1], i, j + 1))
                i = j + 1
            elif q + 2 < n and text[q + 2] == "'":
                out.append(("lit", text[i:q + 3], i, q + 3))
                i = q + 3
            else:
                m = re.compile(r"'[A-Za-z_][A-Za-z0-9_]*").match(text, i)
                out.append(("lifetime", m.group(0), i, m.end()))
                i = m.end()
        elif c.isalpha() or c == "_":
            m = re.compile(r"(?:r#)?[A-Za-z_][A-Za-z0-9_]*").match(text, i)
            out.append(("ident", m.group(0), i, m.end()))
            i = m.end()
        elif c.isdigit():
            m = re.compile(r"[0-9][0-9A-Za-z_]*").match(text, i)
            out.append(("lit", m.group(0), i, m.end()))
            i = m.end()
        else:
            out.append(("punct", c, i, i + 1))
            i += 1
    return out


def skip_group(toks, i):
    """Index after the bracket group opened at toks[i]."""
    depth = 0
    while i < len(toks):
        v = toks[i][1]
        if toks[i][0] == "punct" and v in "([{":
            depth += 1
        elif toks[i][0] == "punct" and v in ")]}":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1
    raise SessionError("unclosed delimiter")


def head_keyword(toks, i):
    """The keyword that decides what the chunk starting at toks[i] is, skipping attributes and pub."""
    while i + 1 < len(toks) and toks[i][1] == "#" and toks[i + 1][1] == "[":
        i = skip_group(toks, i + 1)
    if i < len(toks) and toks[i][1] == "pub":
        i += 1
        if i < len(toks) and toks[i][1] == "(":
            i = skip_group(toks, i)
    if i >= len(toks):
        raise SessionError("attribute without an item or statement")
    v = toks[i][1]
    nxt = toks[i + 1][1] if i + 1 < len(toks) else ""
    if toks[i][0] == "ident":
        if v == "macro_rules" and nxt == "!":
            return "macro_rules", i
        if v in ("unsafe", "async") and nxt in ("fn", "impl", "trait"):
            return nxt, i
        if v == "const" and nxt == "fn":
            return "fn", i
        if v == "const" and nxt == "{":
            return "block", i
        if v in ITEM_KEYWORDS:
            return v, i
        if v in BLOCK_LIKE and v != "unsafe":
            return "block", i
        if v == "unsafe" and nxt == "{":
            return "block", i
        if v == "let":
            return "let", i
        if nxt == "!" and i + 2 < len(toks) and toks[i + 2][1] == "{":
            return "brace-macro", i
    if v == "{":
        return "block", i
    if toks[i][0] == "lifetime" and nxt == ":":
        return "block", i
    return "expr", i


def split_cell(text):
    """The chunks of a cell: (kind, start, end) with kind 'item', 'stmt' or 'expr' (trailing)."""
    toks = tokens(text)
    chunks, i = [], 0
    while i < len(toks):
        if toks[i][1] == ";":          # an empty statement
            i += 1
            continue
        kw, _ = head_keyword(toks, i)
        start, j, depth = i, i, 0
        end = None
        while j < len(toks):
            kind, v = toks[j][0], toks[j][1]
            if kind == "punct" and v in "([{":
                depth += 1
            elif kind == "punct" and v in ")]}":
                depth -= 1
                if depth < 0:
                    raise SessionError("unbalanced '%s'" % v)
                if depth == 0 and v == "}" and kw in BRACE_ITEMS | {"block", "brace-macro"}:
                    nxt = toks[j + 1][1] if j + 1 < len(toks) else ""
                    if kw in BRACE_ITEMS or kw == "brace-macro" or nxt not in ("else", ".", "?"):
                        end = j + 1
                        if kw not in BRACE_ITEMS and nxt == ";":
                            end = j + 2
                        break
            elif kind == "punct" and v == ";" and depth == 0:
                end = j + 1
                break
            j += 1
        is_item = kw in ITEM_KEYWORDS or kw == "macro_rules"
        if end is None:
            if is_item or kw == "let":
                raise SessionError("cell ends inside an item or a let statement")
            end = len(toks)
            trailing = True
        else:
            trailing = (end == len(toks) and not is_item and toks[end - 1][1] != ";")
        a, b = toks[start][2], toks[end - 1][3]
        chunks.append(("item" if is_item else "expr" if trailing else "stmt", a, b, kw, toks[start:end]))
        i = end
    return chunks


def item_key(kw, toks):
    """(namespace, name) of a named item, None for impl, use and others that never replace."""
    idx = [t[1] for t in toks]
    if kw == "macro_rules":
        return ("macro", idx[idx.index("macro_rules") + 2])
    if kw in ("fn", "const", "static"):
        k = idx.index(kw)
        name = idx[k + 1] if idx[k + 1] != "mut" else idx[k + 2]
        return ("value", name)
    if kw in ("struct", "enum", "union", "trait", "mod", "type"):
        return ("type", idx[idx.index(kw) + 1])
    return None


# ---------------------------------------------------------------- sessions

class Cell:
    def __init__(self, index, first_line, text, intent, intent_code):
        self.index, self.first_line, self.text = index, first_line, text
        self.intent, self.intent_code = intent, intent_code
        self.chunks = split_cell(text)


def read_session(path):
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")
    if "\r" in text or "\t" in text:
        raise SessionError("%s: use LF line ends and spaces" % path)
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    cells, cur, header_done = [], None, False
    for no, line in enumerate(lines, 1):
        m = SEPARATOR.match(line)
        if m:
            if cur is not None:
                cells.append(cur)
            intent = "ok" if m.group(1) is None else ("panic" if m.group(1) == "expect-panic" else "error")
            cur = [no + 1, [], intent, m.group(2)]
            header_done = True
        elif line.startswith("// --"):
            raise SessionError("%s:%d: malformed separator %r" % (path, no, line))
        elif cur is not None:
            cur[1].append(line)
        elif not header_done and line.strip() and not line.startswith("//"):
            raise SessionError("%s:%d: code before the first '// -- cell'" % (path, no))
    if cur is not None:
        cells.append(cur)
    result = []
    for k, (first, body, intent, code) in enumerate(cells, 1):
        try:
            result.append(Cell(k, first, "\n".join(body) + "\n", intent, code))
        except SessionError as e:
            raise SessionError("%s: cell %d: %s" % (path, k, e))
    return raw, result


def line_col(text, offset):
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


class Program:
    """The Rust program for a prefix of a session, with a map from its lines to cell lines."""

    def __init__(self):
        self.lines = []        # program text, one entry per line
        self.origin = []       # (cell index, line in cell) or None, per program line
        self.redefined_at = 0  # the last cell that replaced an item of an earlier cell

    def emit(self, text, origin=None):
        for k, line in enumerate(text.split("\n")):
            self.lines.append(line)
            self.origin.append(None if origin is None else (origin[0], origin[1] + k))

    def emit_chunk(self, cell, start, end):
        line, col = line_col(cell.text, start)
        self.emit(" " * (col - 1) + cell.text[start:end], (cell.index, line))

    def source(self):
        return "\n".join(self.lines) + "\n"


def assemble(items_cells, stmt_cells):
    """items_cells: cells whose items are in the program (in order); stmt_cells: cells whose
    statements run in main. A later named item replaces an earlier one of the same name."""
    latest = {}
    p = Program()
    for cell in items_cells:
        for kind, a, b, kw, toks in cell.chunks:
            if kind == "item":
                key = item_key(kw, toks)
                if key is not None:
                    if key in latest and latest[key][0] != cell.index:
                        p.redefined_at = cell.index
                    latest[key] = (cell.index, a)
    p.emit(PRELUDE.rstrip("\n"))
    seen_uses = set()
    for cell in items_cells:
        for kind, a, b, kw, toks in cell.chunks:
            if kind != "item":
                continue
            key = item_key(kw, toks)
            if key is not None and latest[key] != (cell.index, a):
                continue
            if kw == "use":
                norm = " ".join(t[1] for t in toks)
                if norm in seen_uses:
                    continue
                seen_uses.add(norm)
            p.emit_chunk(cell, a, b)
    p.emit("fn main() {")
    for cell in stmt_cells:
        p.emit('println!("\\u{1}cell %d\\u{1}"); eprintln!("\\u{1}cell %d\\u{1}");' % (cell.index, cell.index))
        for kind, a, b, kw, toks in cell.chunks:
            if kind == "stmt":
                p.emit_chunk(cell, a, b)
            elif kind == "expr":
                p.emit("(&__W(&(")
                p.emit_chunk(cell, a, b)
                p.emit("))).__show();")
    p.emit("}")
    return p


# ---------------------------------------------------------------- running rustc

def location(program, line, col):
    origin = program.origin[line - 1] if 0 < line <= len(program.origin) else None
    if origin is None:
        return None
    return "<cell %d>:%d:%d" % (origin[0], origin[1], col)


def compile_program(rustc, workdir, program, keep=None):
    if keep:
        with open(keep, "w", encoding="utf-8") as f:
            f.write(program.source())
    src = os.path.join(workdir, "main.rs")
    with open(src, "w", encoding="utf-8") as f:
        f.write(program.source())
    r = subprocess.run([rustc, "--edition", "2021", "-A", "warnings", "--error-format=json",
                        "-o", os.path.join(workdir, "main"), "main.rs"],
                       cwd=workdir, capture_output=True, text=True)
    errors = []
    for line in r.stderr.splitlines():
        if not line.startswith("{"):
            continue
        d = json.loads(line)
        if d.get("level") != "error" or d["message"].startswith("aborting due to"):
            continue
        prim = [s for s in d.get("spans", []) if s.get("is_primary")]
        code = (d.get("code") or {}).get("code")
        loc = location(program, prim[0]["line_start"], prim[0]["column_start"]) if prim else "-"
        if loc is None:
            raise SessionError("rustc reports an error in the assembly scaffolding:\n%s\n%s"
                               % (d.get("rendered"), program.source()))
        errors.append((code, loc, d["message"]))
    if r.returncode != 0 and not errors:
        raise SessionError("rustc failed without an error diagnostic:\n" + r.stderr)
    return errors if r.returncode != 0 else None


PANIC_AT = re.compile(r"^(thread '[^']*') (?:\(\d+\) )?panicked at main\.rs:(\d+):(\d+):$")


def run_program(workdir, program):
    env = {k: v for k, v in os.environ.items() if k != "RUST_BACKTRACE"}
    r = subprocess.run([os.path.join(workdir, "main")], cwd=workdir, capture_output=True, env=env,
                       timeout=60)
    out = r.stdout.decode("utf-8")
    err_lines = []
    for line in r.stderr.decode("utf-8").split("\n"):
        m = PANIC_AT.match(line)
        if m:
            loc = location(program, int(m.group(2)), int(m.group(3)))
            if loc is None:
                raise SessionError("panic located in the assembly scaffolding: " + line)
            line = "%s panicked at %s:" % (m.group(1), loc)
        elif "panicked at" in line:
            raise SessionError("panic outside the session's cells: " + line)
        err_lines.append(line)
    return r.returncode, out, "\n".join(err_lines)


def segments(stream, cells):
    """Splits a stream at the markers of cells (in order); returns {cell index: text}."""
    result, rest = {}, stream
    prev = None
    for cell in cells:
        mark = MARK.format(cell.index)
        pos = rest.find(mark)
        if pos < 0:
            break
        if prev is None:
            if pos != 0:
                raise SessionError("output before the first cell marker: %r" % rest[:pos])
        else:
            result[prev] = rest[:pos]
        prev, rest = cell.index, rest[pos + len(mark):]
    if prev is not None:
        result[prev] = rest
    return result


def outcome(out_seg, err_seg):
    value = None
    if VALUE_MARK in out_seg:
        out_seg, value = out_seg.split(VALUE_MARK, 1)
        if not value.endswith("\n"):
            raise SessionError("trailing value not followed by a newline: %r" % value)
        value = value[:-1]
        if "\n" in value:
            raise SessionError("multi-line Debug value: %r" % value)
    return {"stdout": out_seg, "stderr": err_seg, "value": value}


def generate(rustc, path, workdir, keep_dir=None):
    raw, cells = read_session(path)
    results = {}
    committed_items, committed_stmts = [], []
    for cell in cells:
        program = assemble(committed_items + [cell], committed_stmts + [cell])
        keep = None
        if keep_dir:
            name = os.path.basename(path)[:-len(".session.rs")]
            keep = os.path.join(keep_dir, "%s.cell%d.rs" % (name, cell.index))
        errors = compile_program(rustc, workdir, program, keep)
        if errors is not None:
            results[cell.index] = {"status": "error", "errors": errors, "stdout": "", "stderr": "",
                                   "value": None}
        else:
            code, out, err = run_program(workdir, program)
            order = committed_stmts + [cell]
            outs, errs = segments(out, order), segments(err, order)
            for c in committed_stmts:
                if c.index < program.redefined_at:
                    continue   # ran with an item that a later cell replaced: its output may differ
                got = outcome(outs.get(c.index, ""), errs.get(c.index, ""))
                want = {k: results[c.index][k] for k in ("stdout", "stderr", "value")}
                if got != want:
                    raise SessionError("replaying cell %d before cell %d changed its output: %r != %r "
                                       "(redefinition or nondeterminism?)" % (c.index, cell.index, got, want))
            if cell.index not in outs:
                raise SessionError("cell %d never started (exit %d): %r" % (cell.index, code, err))
            res = outcome(outs[cell.index], errs.get(cell.index, ""))
            if code == 0:
                res["status"] = "ok"
            elif code == 101:
                res["status"] = "panic"
            else:
                res["status"] = "exit %d" % code
            results[cell.index] = res
        status = results[cell.index]["status"]
        if status != cell.intent:
            raise SessionError("%s: cell %d (line %d) is %s but documented as %s:\n%s"
                               % (path, cell.index, cell.first_line, status, cell.intent,
                                  results[cell.index]))
        if cell.intent_code and cell.intent_code not in [e[0] for e in results[cell.index]["errors"]]:
            raise SessionError("%s: cell %d: expected %s, rustc says %s"
                               % (path, cell.index, cell.intent_code, results[cell.index]["errors"]))
        if status == "ok":
            committed_items.append(cell)
            committed_stmts.append(cell)
        elif status == "panic":
            committed_items.append(cell)
    return raw, cells, results


# ---------------------------------------------------------------- the expected file

def stream_lines(prefix, text):
    lines = []
    parts = text.split("\n")
    for k, part in enumerate(parts):
        if k == len(parts) - 1:
            if part:
                lines.append(prefix + "~" + part)
        else:
            lines.append(prefix + "|" + part)
    return lines


def render(name, version, raw, cells, results):
    out = ["# %s.expected: generated by src-test/tools/gen-sessions.sh from %s.session.rs with %s."
           % (name, name, version),
           "# Do not edit: change the session and rerun the script. Format: SESSIONS.md.",
           "source-sha256 " + hashlib.sha256(raw).hexdigest(),
           "cells %d" % len(cells)]
    for cell in cells:
        res = results[cell.index]
        out.append("")
        out.append("cell %d %s" % (cell.index, res["status"]))
        for code, loc, msg in res.get("errors", []):
            out.append("error%s %s: %s" % ("[%s]" % code if code else "", loc, msg.replace("\n", " ")))
        out.extend(stream_lines("out", res["stdout"]))
        out.extend(stream_lines("err", res["stderr"]))
        if res["value"] is not None:
            out.append("value|" + res["value"])
    return "\n".join(out) + "\n"


def main(argv):
    check = "--check" in argv
    keep_dir = None
    if "--keep" in argv:
        k = argv.index("--keep")
        keep_dir = os.path.abspath(argv[k + 1])
        os.makedirs(keep_dir, exist_ok=True)
        argv = argv[:k] + argv[k + 2:]
    names = [a for a in argv if not a.startswith("--")]
    here = os.path.dirname(os.path.abspath(__file__))
    corpus = os.path.join(here, "..", "src", "test", "resources", "sessions")
    rustc = os.environ.get("RUSTC", "rustc")
    version = subprocess.run([rustc, "--version"], capture_output=True, text=True, check=True).stdout.strip()
    print("using " + version)
    files = sorted(f for f in os.listdir(corpus) if f.endswith(".session.rs"))
    if names:
        files = [f for f in files if f[:-len(".session.rs")] in names]
    total_cells, stale = 0, []
    with tempfile.TemporaryDirectory() as workdir:
        for f in files:
            name = f[:-len(".session.rs")]
            try:
                raw, cells, results = generate(rustc, os.path.join(corpus, f), workdir, keep_dir)
            except SessionError as e:
                print("%s: %s" % (name, e), file=sys.stderr)
                return 1
            text = render(name, version, raw, cells, results)
            target = os.path.join(corpus, name + ".expected")
            old = open(target, encoding="utf-8").read() if os.path.exists(target) else None
            if old != text:
                stale.append(name)
                if not check:
                    with open(target, "w", encoding="utf-8") as out:
                        out.write(text)
            total_cells += len(cells)
    print("%s %d sessions, %d cells%s" % ("checked" if check else "generated", len(files), total_cells,
                                          "; differing: " + " ".join(stale) if stale else ""))
    return 1 if check and stale else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
