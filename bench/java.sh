#!/usr/bin/env bash
# Runs a benchmark class of the generator's test tree with its test classpath.
# Usage: bench/java.sh CLASS [ARGS...]; BENCH_JAVA_OPTS sets the JVM options (default -Xmx2g).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl generator -am test-compile
./mvnw -q -pl generator dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
class="$1"
shift
java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.classpath)" \
  "org.aimsbook.bench.$class" "$@"
