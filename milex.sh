#!/usr/bin/env bash
# Runs milex's command line, target/milex.jar, with a class-data-sharing archive (target/milex.jsa): the
# classes the command line loads, already parsed and linked, mapped from the archive instead of read from the
# jar. `./milex.sh report` prints exactly what `java -jar target/milex.jar report` prints, sooner.
#
# The build makes the archive (mvn package, execution cds-archive in pom.xml): a training run of the common
# commands with -XX:ArchiveClassesAtExit, which also writes the JDK's home to target/milex.jsa.java. Where the
# archive is missing, older than the jar, or made by another JDK than the one this script runs, the script makes it
# again first (a few seconds, once). Where it still cannot be used, Java runs without it. Commands over the embedded data also run with the quick compiler only
# (-XX:TieredStopAtLevel=1): they finish before the optimising compiler would pay for itself. Commands that
# read a user's large files (awards, import) keep the optimising compiler.
set -euo pipefail
# No subshells or external commands before java runs: each fork costs the start-up a few milliseconds.
case "$0" in
  */*) dir="${0%/*}" ;;
  *) dir=. ;;
esac
start="$PWD"
CDPATH='' cd -P -- "$dir"      # the real directory, as the archive recorded it; then back, for the user's paths
here="$PWD"
cd -- "$start" 2>/dev/null || true     # a working directory deleted meanwhile: relative paths cannot work anyway
jar="$here/target/milex.jar"
jsa="$here/target/milex.jsa"
stamp="$jsa.java"
if [ -n "${JAVA_HOME:-}" ]; then
  java="$JAVA_HOME/bin/java"
elif [ "${BASH_VERSINFO[0]}" -ge 4 ] && hash java 2>/dev/null; then
  java="${BASH_CMDS[java]}"       # bash's own lookup, no fork
else
  java="$(command -v java || echo java)"      # bash 3 (macOS) has no BASH_CMDS
fi
made_by=""
[ -f "$stamp" ] && read -r made_by < "$stamp" || true

if [ ! -f "$jar" ] || [ ! -d "$here/target/lib" ]; then
  echo "milex: $jar or its libraries ($here/target/lib) are missing: build them with mvn -B -q package -DskipTests" >&2
  exit 2
fi
if [ ! -f "$jsa" ] || [ "$jar" -nt "$jsa" ] || ! [ "$java" -ef "$made_by/bin/java" ]; then
  tmp="$jsa.$$"
  if "$java" -XX:ArchiveClassesAtExit="$tmp" -Xlog:cds=off -Xlog:cds+dynamic=off -Djava.awt.headless=true \
        -cp "$jar" org.milex.cli.Training "$stamp" >/dev/null 2>&1; then
    mv -f "$tmp" "$jsa"
  else
    rm -f "$tmp"
  fi
fi
opts=()
case "${1:-}" in
  awards|import) ;;
  *) opts+=(-XX:TieredStopAtLevel=1) ;;
esac
if [ -f "$jsa" ]; then
  opts+=(-XX:SharedArchiveFile="$jsa" -Xlog:cds=off -Xlog:cds+dynamic=off)
fi
exec "$java" ${opts[@]+"${opts[@]}"} -jar "$jar" "$@"
