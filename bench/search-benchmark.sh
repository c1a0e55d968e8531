#!/usr/bin/env bash
# Search at scale: index build, export size, and queries in headless Chromium from file://.
# Usage: bench/search-benchmark.sh [PAGES...] (default 1000 20000). Needs chromium and
# chromedriver (Debian packages chromium, chromium-driver). Results: docs/benchmarks.md.
set -euo pipefail
exec "$(dirname "$0")/java.sh" SearchBenchmark "$@"
