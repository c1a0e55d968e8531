#!/usr/bin/env bash
# Snapshot benchmark on synthetic AIMSes: time, archive size, auditor documents. Usage: bench/snapshot-benchmark.sh [DOCUMENTS...]
# Results are recorded in docs/benchmarks.md.
set -euo pipefail
exec "$(dirname "$0")/java.sh" SnapshotBenchmark "$@"
