#!/usr/bin/env bash
# Opens JShell on milex: the API imported and `var data = Dataset.embedded();` bound (src/main/jshell/milex.jsh),
# so the first line can be a question. Extra arguments go to jshell, e.g. `./jshell.sh notebooks/01-two-percent-guideline.jsh`
# runs a script (end it with /exit, or stay in JShell afterwards).
#
# Builds target/classes and target/classpath.txt with Maven first, unless they are newer than every source.
set -euo pipefail
cd "$(dirname "$0")"

classes=target/classes
cp_file=target/classpath.txt

stale() {
  [ ! -f "$cp_file" ] || [ ! -d "$classes" ] && return 0
  [ -n "$(find pom.xml src/main data -newer "$cp_file" -print -quit 2>/dev/null)" ]
}
if stale; then
  echo "milex: building (mvn compile)..." >&2
  mvn -q -B -DskipTests compile dependency:build-classpath \
      -Dmdep.outputFile="$cp_file" -Dmdep.includeScope=runtime >&2
  touch "$cp_file"
fi

# Results print whole: feedback mode "milex" is JShell's normal mode without its 1000-character cut of values. A
# start-up script cannot define it (JShell sets feedback up after the start-up), so it is kept in JShell's settings.
[ -f target/jshell-feedback ] || { printf '/set mode milex normal -quiet\n/set truncation milex 1000000\n/set mode milex -retain\n/exit\n' \
  | jshell -q >/dev/null 2>&1 && touch target/jshell-feedback; }

exec jshell --class-path "$classes:$(cat "$cp_file")" -R-Djava.awt.headless=true --feedback milex \
     --startup DEFAULT --startup PRINTING --startup src/main/jshell/milex.jsh "$@"
