#!/usr/bin/env python3
"""Times two commands as whole processes, in turn (A B A B ...), after one warm-up run of each.

    python3 scripts/pairs.py RUNS 'COMMAND A' 'COMMAND B' [STDIN_TEXT]

Each command is run by /bin/sh with its output discarded (STDIN_TEXT, with \\n escapes, is fed to both).
Prints one line of JSON: the medians of wall and CPU seconds (user + system, children included) of A and of B,
and the median of the pair-by-pair ratios A/B, which holds when a shared machine's speed drifts.
"""
import json
import resource
import statistics
import subprocess
import sys
import time


def run(command, stdin):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(["/bin/sh", "-c", command], input=stdin, stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"pairs.py: '{command}' exited {done.returncode}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    runs, a, b = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    stdin = sys.argv[4].encode().decode("unicode_escape").encode() if len(sys.argv) > 4 else None
    run(a, stdin)
    run(b, stdin)
    walls_a, walls_b, cpus_a, cpus_b, ratio_wall, ratio_cpu = [], [], [], [], [], []
    for _ in range(runs):
        wa, ca = run(a, stdin)
        wb, cb = run(b, stdin)
        walls_a.append(wa)
        walls_b.append(wb)
        cpus_a.append(ca)
        cpus_b.append(cb)
        ratio_wall.append(wa / wb)
        ratio_cpu.append(ca / cb)
    med = statistics.median
    print(json.dumps({"runs": runs, "a_wall": med(walls_a), "b_wall": med(walls_b), "a_cpu": med(cpus_a),
                      "b_cpu": med(cpus_b), "ratio_wall": med(ratio_wall), "ratio_cpu": med(ratio_cpu),
                      "ratio_wall_min": min(ratio_wall), "ratio_wall_max": max(ratio_wall)}))


if __name__ == "__main__":
    main()
