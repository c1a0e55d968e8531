#!/usr/bin/env bash
# Search at scale: index build, export size, and queries in headless Chromium from file://.
# Usage: bench/search-benchmark.sh [PAGES...] (default 1000 20000). Needs chromium and
# chromedriver (Debian packages chromium, chromium-driver). Results: docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -q -pl generator -am test-compile
./mvnw -q -pl generator dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
java ${BENCH_JAVA_OPTS:--Xmx2g} -cp "generator/target/test-classes:generator/target/classes:$(cat generator/target/bench.classpath)" \
  org.aimsbook.bench.SearchBenchmark "$@"
