# Sourced by the benchmarks that time whole command lines (speed-benchmark.sh,
# scale-benchmark.sh, asciidoc-pages-benchmark.sh): builds the jar and the test classes, sets
# $root, $classpath (to write synthetic content with), a scratch folder $work removed on exit, a
# fresh launcher cache in it, $launcher and $jar, and lets a full build of the example write the
# launcher's class-data archive, as a user's first build would. Defines `timed`.
cd "$(dirname "$0")/.."
root=$(pwd)
./mvnw -q -pl generator -am package -DskipTests
./mvnw -q -pl generator dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
classpath="generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.classpath)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CACHE_HOME="$work/xdg"
launcher="$root/generator/bin/aimsbook"
jar="$root/generator/target/aimsbook.jar"
"$launcher" build content -o "$work/train/site" -q >/dev/null

millis() { echo $(( $(date +%s%N) / 1000000 )); }
# Runs a command quietly and prints its wall time in seconds; fails the benchmark if it fails.
timed() {
  local start end
  start=$(millis)
  "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log" >&2; exit 1; }
  end=$(millis)
  awk -v ms=$(( end - start )) 'BEGIN { printf "%.2f", ms / 1000 }'
}
