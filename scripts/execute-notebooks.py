#!/usr/bin/env python3
"""Executes each notebook from its .jsh twin headless and writes it, with its outputs, into notebooks/.

For each notebooks/NN-name.jsh: the notebook is built from the twin (scripts/jsh-to-ipynb.py), executed cell by
cell in a fresh IJava kernel whose working directory is notebooks/, normalised so that a re-run on the same
machine writes the same bytes, then
  --write  written to notebooks/NN-name.ipynb (the committed notebook, outputs included), or
  --check  compared with the committed notebooks/NN-name.ipynb: exit 1 when a cell fails, when the code or prose
           differs, or when any text output differs; charts (PNG) are compared by their pixel size, or byte for
           byte with --strict-images (font rasterising differs between machines; on one machine it is stable).
The executed copies also go to target/notebooks-out/.

Normalising: the notebook's metadata is the generator's (no kernel or JVM version), cell metadata is emptied (no
timings), execution counts run 1, 2, 3 ... over the code cells, consecutive stream outputs of the same stream are
joined (the kernel may flush in chunks), output metadata and transient fields are dropped, and an image's text
form (the kernel prints BufferedImage@identity-hash) becomes its size. XChart's PNGs are byte-stable on one
machine (checked with --strict-images); a value printed with an identity hash would show as a difference.

Usage: python3 scripts/execute-notebooks.py --write|--check [--strict-images] [notebooks/NN-name.jsh ...]
Needs JUPYTER_PATH naming a folder with kernels/java/kernel.json (scripts/run-notebooks.sh sets it up).
"""
import base64
import copy
import difflib
import glob
import importlib.util
import json
import os
import struct
import sys

from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError
import nbformat

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NOTEBOOKS = os.path.join(ROOT, "notebooks")
OUT = os.path.join(ROOT, "target", "notebooks-out")
_spec = importlib.util.spec_from_file_location("jsh_to_ipynb", os.path.join(ROOT, "scripts", "jsh-to-ipynb.py"))
jsh_to_ipynb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(jsh_to_ipynb)


def execute(jsh):
    """The notebook built from the twin, executed; raises CellExecutionError naming the failing cell."""
    nb = nbformat.reads(json.dumps(jsh_to_ipynb.notebook(jsh)), as_version=4)
    client = NotebookClient(nb, kernel_name="java", timeout=600, record_timing=False, allow_errors=False,
                            resources={"metadata": {"path": NOTEBOOKS}})
    client.execute()
    return nb


def normalise(nb, generated):
    """The executed notebook with everything that changes between runs taken out (see the module's comment)."""
    out = {"cells": [], "metadata": copy.deepcopy(generated["metadata"]),
           "nbformat": generated["nbformat"], "nbformat_minor": generated["nbformat_minor"]}
    count = 0
    for cell, source in zip(nb["cells"], generated["cells"]):
        c = copy.deepcopy(source)
        if c["cell_type"] == "code":
            count += 1
            c["execution_count"] = count
            c["outputs"] = outputs(cell.get("outputs", []), count)
        out["cells"].append(c)
    return out


def outputs(raw, count):
    result = []
    for o in raw:
        kind = o["output_type"]
        if kind == "stream":
            if result and result[-1]["output_type"] == "stream" and result[-1]["name"] == o["name"]:
                result[-1]["text"] += o["text"]
            else:
                result.append({"output_type": "stream", "name": o["name"], "text": o["text"]})
        elif kind in ("display_data", "execute_result"):
            data = dict(o["data"])
            if "image/png" in data:  # the kernel's text form of an image names its identity hash: the size instead
                data["text/plain"] = png_size(data["image/png"])
            entry = {"output_type": kind, "data": {k: v for k, v in sorted(data.items())}, "metadata": {}}
            if kind == "execute_result":
                entry["execution_count"] = count
            result.append(entry)
        else:  # an error output: cannot happen with allow_errors=False, kept whole if it ever does
            result.append(dict(o))
    for o in result:
        if o["output_type"] == "stream":
            o["text"] = split_lines(o["text"])
        elif "data" in o:
            o["data"] = {k: (split_lines(v) if isinstance(v, str) and not k.startswith("image/") else v)
                         for k, v in o["data"].items()}
    return result


def split_lines(text):
    """Jupyter's own on-disk form of multi-line text: a list of lines, each keeping its newline."""
    if isinstance(text, list):
        text = "".join(text)
    return text.splitlines(keepends=True)


def dump(nb):
    return json.dumps(nb, indent=1, ensure_ascii=False, sort_keys=True) + "\n"


def png_size(data):
    raw = base64.b64decode("".join(data) if isinstance(data, list) else data)
    width, height = struct.unpack(">II", raw[16:24])
    return "<PNG %dx%d>" % (width, height)


def comparable(nb, strict_images):
    nb = copy.deepcopy(nb)
    for cell in nb["cells"]:
        for o in cell.get("outputs", []):
            if "data" in o and "image/png" in o["data"] and not strict_images:
                o["data"]["image/png"] = png_size(o["data"]["image/png"])
    return dump(nb).splitlines(keepends=True)


def main(args):
    mode = args[0] if args and args[0] in ("--write", "--check") else None
    if mode is None:
        sys.exit(__doc__)
    strict = "--strict-images" in args
    twins = [a for a in args[1:] if a.endswith(".jsh")] or sorted(glob.glob(os.path.join(NOTEBOOKS, "*.jsh")))
    os.makedirs(OUT, exist_ok=True)
    failed = []
    for jsh in twins:
        name = os.path.splitext(os.path.basename(jsh))[0] + ".ipynb"
        print("notebooks: executing " + name, file=sys.stderr, flush=True)
        generated = jsh_to_ipynb.notebook(jsh)
        try:
            executed = normalise(execute(jsh), generated)
        except CellExecutionError as e:
            print("notebooks: %s: a cell failed:\n%s" % (name, e), file=sys.stderr)
            failed.append(name)
            continue
        with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
            f.write(dump(executed))
        committed = os.path.join(NOTEBOOKS, name)
        if mode == "--write":
            with open(committed, "w", encoding="utf-8") as f:
                f.write(dump(executed))
            print("notebooks: wrote notebooks/" + name, file=sys.stderr)
            continue
        if not os.path.exists(committed):
            print("notebooks: notebooks/%s is missing; run scripts/run-notebooks.sh --write" % name, file=sys.stderr)
            failed.append(name)
            continue
        with open(committed, encoding="utf-8") as f:
            old = json.load(f)
        diff = list(difflib.unified_diff(comparable(old, strict), comparable(executed, strict),
                                         "notebooks/" + name + " (committed)", name + " (fresh run)", n=2))
        if diff:
            sys.stderr.writelines(diff[:200])
            print("notebooks: notebooks/%s differs from a fresh run; run scripts/run-notebooks.sh --write and "
                  "commit it" % name, file=sys.stderr)
            failed.append(name)
        elif dump(old) != dump(executed):
            print("notebooks: notebooks/%s: same text and chart sizes; chart pixels differ (another machine's "
                  "fonts?)" % name, file=sys.stderr)
    if failed:
        print("notebooks: FAILED: " + ", ".join(failed), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
