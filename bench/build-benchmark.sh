#!/usr/bin/env bash
# Full build benchmark on synthetic AIMSes, stage by stage. Usage: bench/build-benchmark.sh [DOCUMENTS...]
# Results are recorded in docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl generator -am test-compile
./mvnw -q -pl generator dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.classpath)" \
  org.aimsbook.bench.BuildBenchmark "$@"
