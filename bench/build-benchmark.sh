#!/usr/bin/env bash
# Full build benchmark on synthetic AIMSes, stage by stage. Usage: bench/build-benchmark.sh [DOCUMENTS...]
# Results are recorded in docs/benchmarks.md.
set -euo pipefail
exec "$(dirname "$0")/java.sh" BuildBenchmark "$@"
