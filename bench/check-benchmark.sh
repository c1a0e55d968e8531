#!/usr/bin/env bash
# Load + check benchmark on a synthetic AIMS. Usage: bench/check-benchmark.sh [DOCUMENTS] [RUNS]
# Results are recorded in docs/benchmarks.md.
set -euo pipefail
exec "$(dirname "$0")/java.sh" CheckBenchmark "$@"
