#!/usr/bin/env bash
# serve's edit-to-reload time on a synthetic AIMS. Usage: bench/serve-benchmark.sh [DOCUMENTS] [EDITS] [PAUSE_MS]
# Results are recorded in docs/benchmarks.md.
set -euo pipefail
exec "$(dirname "$0")/java.sh" ServeBenchmark "$@"
