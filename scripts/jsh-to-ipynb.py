#!/usr/bin/env python3
"""Writes each notebooks/NN-name.ipynb from its .jsh twin, so the two never drift apart.

A twin is read in blocks separated by blank lines. Its first block (the comment saying it is a twin) is
skipped; a block of only `//` comment lines becomes a Markdown cell (the `// ` taken off); any other block
becomes a code cell, the first one preceded by the %jars lines that load milex into the IJava kernel.
The notebook it writes has no outputs: scripts/run-notebooks.sh --write executes it and writes it with them.
Usage: python3 scripts/jsh-to-ipynb.py [notebooks/NN-name.jsh ...]   (default: every notebooks/*.jsh)
"""
import glob
import json
import os
import sys

JARS = ["%jars ../target/notebook-libs/*.jar", "%jars ../target/milex-*.jar"]


def blocks(text):
    out, current = [], []
    for line in text.splitlines():
        if line.strip():
            current.append(line)
        elif current:
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


def cell(kind, lines, number):
    source = [l + "\n" for l in lines]
    source[-1] = source[-1].rstrip("\n")
    c = {"cell_type": kind, "id": "cell-%02d" % number, "metadata": {}, "source": source}
    if kind == "code":
        c.update({"execution_count": None, "outputs": []})
    return c


def notebook(jsh):
    """The notebook of a .jsh twin, as a dict in nbformat 4.5, code cells not yet executed."""
    cells, first_code = [], True
    for block in blocks(open(jsh, encoding="utf-8").read())[1:]:
        if all(l.lstrip().startswith("//") for l in block):
            cells.append(cell("markdown", [l.lstrip()[3:] if l.lstrip().startswith("// ") else l.lstrip()[2:]
                                           for l in block], len(cells)))
        else:
            cells.append(cell("code", (JARS if first_code else []) + block, len(cells)))
            first_code = False
    return {
        "cells": cells,
        "metadata": {
            "kernelspec": {"display_name": "Java", "language": "java", "name": "java"},
            "language_info": {"codemirror_mode": "java", "file_extension": ".jshell", "mimetype": "text/x-java-source",
                              "name": "Java", "pygments_lexer": "java", "version": "17"},
        },
        "nbformat": 4,
        "nbformat_minor": 5,
    }


def convert(jsh):
    target = os.path.splitext(jsh)[0] + ".ipynb"
    with open(target, "w", encoding="utf-8") as f:
        json.dump(notebook(jsh), f, indent=1, ensure_ascii=False)
        f.write("\n")
    print("wrote " + target)


if __name__ == "__main__":
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for path in sys.argv[1:] or sorted(glob.glob(os.path.join(root, "notebooks", "*.jsh"))):
        convert(path)
