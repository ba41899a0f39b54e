#!/usr/bin/python3
"""Executes the teaching notebooks with the Jupyter kernel `wasmrust` and compares their outputs with the
outputs committed in them: text exactly (streams, values, HTML, Markdown, JSON, SVG, errors with their
colored tracebacks), images by MIME type and pixel size. Exit status 1 when any output differs.

    check_notebooks.py [--regenerate] [NOTEBOOK.ipynb ...]     (default: every notebook here)

--regenerate writes the new outputs into the notebooks instead (when a change is intended; see
regenerate.sh, which also installs the kernelspec), and tags the cells that show an error on purpose
`raises-exception`, so that a front end's "run all" does not stop there. The kernelspec must be on JUPYTER_PATH.
Needs Debian's /usr/bin/python3 with nbclient and nbformat.
"""
import base64
import difflib
import struct
import sys
from pathlib import Path

import nbformat
from nbclient import NotebookClient

HERE = Path(__file__).resolve().parent
KERNEL = "wasmrust"


def png_size(b64):
    data = base64.b64decode(b64)
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        return ("not a PNG", len(data))
    width, height = struct.unpack(">II", data[16:24])
    return ("png", width, height)


def comparable(output):
    """The parts of one output that must match: everything but images' bytes (size instead)."""
    kind = output["output_type"]
    if kind == "stream":
        return {"stream": output["name"], "text": output["text"]}
    if kind == "error":
        return {"error": output["ename"], "evalue": output["evalue"], "traceback": list(output["traceback"])}
    data = {}
    for mime, value in output.get("data", {}).items():
        data[mime] = png_size(value) if mime == "image/png" else value
    result = {kind: data}
    if kind == "execute_result":
        result["execution_count"] = output.get("execution_count")
    return result


def merged(outputs):
    """Consecutive stream outputs of one name merged, as front ends show them."""
    out = []
    for o in outputs:
        c = comparable(o)
        if out and "stream" in c and out[-1].get("stream") == c["stream"]:
            out[-1] = {"stream": c["stream"], "text": out[-1]["text"] + c["text"]}
        else:
            out.append(c)
    return out


def execute(path):
    nb = nbformat.read(str(path), as_version=4)
    fresh = nbformat.from_dict(nb)
    for cell in fresh.cells:
        if cell.cell_type == "code":
            cell.outputs = []
            cell.execution_count = None
    client = NotebookClient(fresh, kernel_name=KERNEL, timeout=300, allow_errors=True, record_timing=False,
                            resources={"metadata": {"path": str(path.parent)}})
    client.execute()
    return nb, fresh


def describe(c):
    return "\n".join(f"{k}: {v}" for k, v in c.items())


def main(args):
    regenerate = "--regenerate" in args
    names = [a for a in args if a != "--regenerate"]
    paths = [Path(n).resolve() for n in names] or sorted(HERE.glob("*.ipynb"))
    failures = 0
    for path in paths:
        committed, fresh = execute(path)
        if regenerate:
            for cell in fresh.cells:
                cell.metadata.pop("execution", None)
                if cell.cell_type != "code":
                    continue
                # a cell that shows an error on purpose: JupyterLab's "run all" goes on past it
                tags = [t for t in cell.metadata.get("tags", []) if t != "raises-exception"]
                if any(o["output_type"] == "error" for o in cell.outputs):
                    tags.append("raises-exception")
                if tags:
                    cell.metadata["tags"] = tags
                else:
                    cell.metadata.pop("tags", None)
            nbformat.write(fresh, str(path))
            print(f"regenerated {path.name}")
            continue
        bad = 0
        for i, (old, new) in enumerate(zip(committed.cells, fresh.cells)):
            if old.cell_type != "code":
                continue
            want, got = merged(old.outputs), merged(new.outputs)
            if want != got or old.execution_count != new.execution_count:
                bad += 1
                print(f"{path.name}: cell {i} ({old.source.splitlines()[0] if old.source else ''!r}) differs:")
                diff = difflib.unified_diff("\n\n".join(map(describe, want)).splitlines(),
                                            "\n\n".join(map(describe, got)).splitlines(),
                                            "committed", "now", lineterm="")
                print("\n".join("    " + line for line in diff))
        print(f"{'ok  ' if bad == 0 else 'FAIL'} {path.name}: {sum(c.cell_type == 'code' for c in fresh.cells)} code cells"
              + ("" if bad == 0 else f", {bad} differ"))
        failures += bad
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
