#!/usr/bin/env bash
# Award totals by buyer × year beside the hand-written loop over primitive columns (exact cents), paired:
# ROUNDS rounds, each one JMH run of both benchmarks in one JVM fork each (the two measured minutes apart at
# most), and the median of the rounds' ratios, which holds when a shared machine's speed drifts between rounds.
#
#   bash scripts/bench-aggregation.sh [ROUNDS] [N ...]     # default: 5 rounds, 1000000 and 10000000 awards
#
# Needs target/benchmarks.jar (mvn -B -Pbench -DskipTests package). Prints one line a size.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-5}"
shift || true
if [ "$#" -gt 0 ]; then sizes=("$@"); else sizes=(1000000 10000000); fi
out=target/bench/aggregation
mkdir -p "$out"
for n in "${sizes[@]}"; do
  for r in $(seq 1 "$rounds"); do
    java -Djmh.ignoreLock=true -jar target/benchmarks.jar 'AwardAggregationBenchmark.(awardTable|handLoopPrimitive)$' \
        -p n="$n" -f 1 -wi 3 -i 5 -w 1 -r 1 -rf json -rff "$out/$n-$r.json" > "$out/$n-$r.txt"
  done
  python3 - "$out" "$n" "$rounds" <<'PY'
import json, statistics, sys
out, n, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
ratios, api, loop = [], [], []
for r in range(1, rounds + 1):
    res = {x["benchmark"].rsplit(".", 1)[1]: x["primaryMetric"]["score"] for x in json.load(open(f"{out}/{n}-{r}.json"))}
    api.append(res["awardTable"]); loop.append(res["handLoopPrimitive"])
    ratios.append(res["awardTable"] / res["handLoopPrimitive"])
print(f"n={n}: totalByBuyerAndYear {statistics.median(api):.2f} ms, hand loop {statistics.median(loop):.2f} ms "
      f"(medians of {rounds} rounds); ratio median {statistics.median(ratios):.2f}x, "
      f"rounds {', '.join(f'{x:.2f}' for x in ratios)}")
PY
done
