#!/usr/bin/env bash
# Bakes a JBake project with real JBake 2.7.0 in a JVM of its own and prints the wall time: the
# JBake baseline for aimsbook's own build (issue 7), on a project `aimsbook export jbake` wrote.
# Usage: bench/jbake-bake.sh PROJECT OUT; BENCH_JAVA_OPTS sets the JVM options (default -Xmx2g).
# OUT is replaced. JBake's jars come from the jbake module (JBake must never share the
# generator's class path), built here when missing.
set -euo pipefail
if [ $# -ne 2 ]; then
  echo "usage: bench/jbake-bake.sh PROJECT OUT" >&2
  exit 2
fi
project="$(realpath "$1")"
out="$(realpath -m "$2")"
cd "$(dirname "$0")/.."
if [ ! -d bench/jbake/target/jbake-lib ] || [ ! -d bench/jbake/target/classes ]; then
  ./mvnw -q -pl bench/jbake compile
fi
rm -rf "$out"
start=$(date +%s%N)
java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "bench/jbake/target/jbake-lib/*:bench/jbake/target/classes" org.aimsbook.jbake.Bake "$project" "$out"
end=$(date +%s%N)
pages=$(find "$out" -name '*.html' | wc -l)
echo "jbake 2.7.0 baked $pages pages in $(( (end - start) / 1000000 )) ms (wall, JVM start included)"
