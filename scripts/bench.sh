#!/usr/bin/env bash
# Measures milex's start-up and writes the README's performance table (between the bench:start and
# bench:end markers), with the date, the machine and this command:
#
#   bash scripts/bench.sh [RUNS]        # RUNS pairs per whole-process figure (default 9)
#
# 1. Whole processes, paired: each command in turn with its reference (A B A B ...), medians of RUNS pairs and
#    the median of the pair-by-pair ratios (scripts/pairs.py), so the figures hold on a shared machine.
# 2. JMH (mvn -Pbench): the start-up-critical paths in fresh JVMs beside their references
#    (src/jmh/java/org/milex/data/StartupBenchmark.java).
# Read ratios, not absolute times, and rerun on a quiet machine before quoting. Leaves target/ built with
# -Pbench (benchmarks compiled into target/classes): run mvn clean before a release build.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-9}"
out=target/bench

echo "bench: building target/milex.jar (mvn package)..." >&2
mvn -B -q clean package -DskipTests -Dmaven.javadoc.skip=true >&2
mvn -B -q dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -DincludeScope=runtime >&2
touch target/classpath.txt
mkdir -p "$out"

cat > "$out/Hello.java" <<'JAVA'
public class Hello {
    public static void main(String[] args) {
        System.out.println("Hello");
    }
}
JAVA
javac -d "$out" "$out/Hello.java"
hello="java -cp $out Hello"

# A second reference: the least a picocli command line costs. One command with one option, picocli compiled
# as in target/milex.jar (for Java 17, so class-data sharing archives it), run the way ./milex.sh runs milex.
cat > "$out/PicocliHello.java" <<'JAVA'
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "hello", mixinStandardHelpOptions = true)
public class PicocliHello implements Runnable {
    @Option(names = "--year")
    int year;

    public void run() {
        System.out.println("Hello " + year);
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new PicocliHello()).execute(args));
    }
}
JAVA
javac -XDstringConcat=inline -cp target/picocli-classes -d "$out/picocli" "$out/PicocliHello.java"
jar --create --file "$out/picocli-hello.jar" -C "$out/picocli" PicocliHello.class -C target/picocli-classes picocli
rm -f "$out/picocli-hello.jsa"
java -XX:ArchiveClassesAtExit="$out/picocli-hello.jsa" -Xlog:cds=off -Xlog:cds+dynamic=off \
    -cp "$out/picocli-hello.jar" PicocliHello --year 2024 > /dev/null
picocli_hello="java -XX:TieredStopAtLevel=1 -XX:SharedArchiveFile=$out/picocli-hello.jsa -Xlog:cds=off -cp $out/picocli-hello.jar PicocliHello --year 2024"

rm -f target/milex.jsa
./milex.sh editions > /dev/null        # makes the class-data-sharing archive once, outside the timing

pair() {   # label, command A, command B, goal, [stdin]
  local json
  json="$(python3 scripts/pairs.py "$runs" "$2" "$3" "${5:-}")"
  python3 - "$1" "$2" "$3" "$4" "$json" >> "$out/rows.md" <<'PY'
import json, sys
label, a, b, goal, j = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4], json.loads(sys.argv[5])
print(f"| {label} | {j['a_wall']:.3f} s | `{b}` {j['b_wall']:.3f} s | {j['ratio_wall']:.1f}× "
      f"({j['ratio_wall_min']:.1f}–{j['ratio_wall_max']:.1f}) | {j['ratio_cpu']:.1f}× | {goal} |")
PY
  echo "bench: $1 done" >&2
}

: > "$out/rows.md"
pair '`java -jar target/milex.jar report`' "java -jar target/milex.jar report" "$hello" "≤ 3×"
pair '`./milex.sh report` (class-data sharing)' "./milex.sh report" "$hello" "≤ 3×"
pair '`java -jar target/milex.jar compliance --year 2024`' "java -jar target/milex.jar compliance --year 2024" "$hello" "≤ 3×"
pair '`./milex.sh compliance --year 2024`' "./milex.sh compliance --year 2024" "$hello" "≤ 3×"
pair '`java -jar target/milex.jar export`' "java -jar target/milex.jar export" "$hello" "≤ 3×"
pair '`./milex.sh export`' "./milex.sh export" "$hello" "≤ 3×"
pair 'reference: a one-option picocli command, run as `./milex.sh` runs milex' "$picocli_hello" "$hello" "–"
printf 'Query.of(data).year(2024).compliance(Guideline.twoPercentOfGdp()).count()\n/exit\n' > "$out/first-answer.jsh"
printf 'System.out.println("hello")\n/exit\n' > "$out/hello.jsh"
./jshell.sh < "$out/hello.jsh" > /dev/null     # records JShell's class-data-sharing archive once, outside the timing
pair '`./jshell.sh`, first answer (compliance count)' "./jshell.sh < $out/first-answer.jsh" "jshell -q < $out/hello.jsh" "≤ 1.2×"

echo "bench: JMH (mvn -Pbench package, then StartupBenchmark)..." >&2
mvn -B -q -Pbench package -DskipTests -Dmaven.javadoc.skip=true >&2
java -Djmh.ignoreLock=true -jar target/benchmarks.jar 'org.milex.data.StartupBenchmark' -rf json -rff "$out/jmh.json" > "$out/jmh.txt"

python3 - "$out" "$runs" <<'PY'
import datetime, json, os, platform, re, sys
out, runs = sys.argv[1], sys.argv[2]
rows = open(os.path.join(out, "rows.md"), encoding="utf-8").read()
jmh = {r["benchmark"].rsplit(".", 1)[1]: r["primaryMetric"] for r in json.load(open(os.path.join(out, "jmh.json")))}
def ms(name):
    m = jmh[name]
    return f"{m['score']:.1f} ± {m['scoreError']:.1f} ms"
cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), platform.processor())
load = open("/proc/loadavg").read().split()[0]
table = f"""<!-- bench:start (written by scripts/bench.sh; do not edit by hand) -->
Measured {datetime.date.today()} on {os.cpu_count()} cores ({cpu}), Java {platform.java_ver()[0] or os.popen('java -version 2>&1').readline().strip()}, load average {load} when the table was written
(a shared machine: read the ratios); command `bash scripts/bench.sh {runs}`. Whole processes, each paired with its
reference in turn, {runs} pairs: medians, and the median of the pair-by-pair ratios (min–max).

| what | milex | reference | ratio, wall (min–max) | ratio, CPU | goal |
| --- | --- | --- | --- | --- | --- |
{rows.rstrip()}

JMH, each path once in a fresh JVM (single shot, 10 forks), beside its references:

| first answer in a fresh JVM | time |
| --- | --- |
| `Dataset.embedded()` then one figure (packed form, default edition only) | {ms('embeddedFirstFind')} |
| the same from the CSV files, every edition (the former path) | {ms('csvFirstFind')} |
| how many allies meet 2% in 2024, through `Query` | {ms('embeddedFirstComplianceCount')} |
| reference: split the default edition's CSV lines by hand and count | {ms('handLoopComplianceCount')} |
<!-- bench:end -->"""
readme = open("README.md", encoding="utf-8").read()
new = re.sub(r"<!-- bench:start.*?<!-- bench:end -->", lambda m: table, readme, flags=re.S)
if new == readme and "<!-- bench:start" not in readme:
    sys.exit("bench: README.md has no bench:start / bench:end markers")
open("README.md", "w", encoding="utf-8").write(new)
print(table)
PY
