#!/usr/bin/env bash
# Opens JShell on milex: the API imported and `var data = Dataset.embedded();` bound (src/main/jshell/milex.jsh),
# so the first line can be a question; `println(x)` prints any value whole (src/main/jshell/printing.jsh).
# Extra arguments go to jshell, e.g. `./jshell.sh notebooks/01-two-percent-guideline.jsh` runs a script (end it
# with /exit, or stay in JShell afterwards).
#
# Builds target/classes and target/classpath.txt (runtime dependencies only) with Maven first, unless they are
# newer than every source.
# The embedded data is read when a question first needs it (one edition at a time), so the prompt comes first.
set -euo pipefail
cd "$(dirname "$0")"

classes=target/classes
cp_file=target/classpath.txt

stale() {
  [ ! -f "$cp_file" ] || [ ! -d "$classes" ] && return 0
  [ -n "$(find pom.xml src/main data -newer "$cp_file" -print -quit 2>/dev/null)" ]
}
if stale; then
  echo "milex: building (mvn process-classes)..." >&2
  mvn -q -B -DskipTests process-classes dependency:build-classpath \
      -Dmdep.outputFile="$cp_file" -DincludeScope=runtime >&2
  touch "$cp_file"
fi

# Results print whole: feedback mode "milex" is JShell's normal mode without its 1000-character cut of values. A
# start-up script cannot define it (JShell sets feedback up after the start-up), so it is kept in JShell's settings.
[ -f target/jshell-feedback ] || { printf '/set mode milex normal -quiet\n/set truncation milex 1000000\n/set mode milex -retain\n/exit\n' \
  | jshell -q >/dev/null 2>&1 && touch target/jshell-feedback; }

# JShell's own classes (its compiler above all) come from a class-data-sharing archive, target/jshell.jsa, which
# the first run records as it exits; and JShell's compiler runs with the quick compiler only. The snippets
# themselves run in a JVM with Java's defaults.
jsa=target/jshell.jsa
args=(--class-path "$classes:$(cat "$cp_file")" -R-Djava.awt.headless=true -R-XX:TieredStopAtLevel=1 -J-XX:TieredStopAtLevel=1 --feedback milex
      --startup DEFAULT --startup src/main/jshell/printing.jsh --startup src/main/jshell/milex.jsh "$@")
if [ -f "$jsa" ]; then
  exec jshell -J-XX:SharedArchiveFile="$jsa" -J-Xlog:cds=off -J-Xlog:cds+dynamic=off "${args[@]}"
fi
status=0
jshell -J-XX:ArchiveClassesAtExit="$jsa.$$" -J-Xlog:cds=off -J-Xlog:cds+dynamic=off "${args[@]}" || status=$?
if [ -f "$jsa.$$" ]; then
  mv -f "$jsa.$$" "$jsa"
fi
exit "$status"
