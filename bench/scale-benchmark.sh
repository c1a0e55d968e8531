#!/usr/bin/env bash
# How a cold build grows with the handbook: generator/bin/aimsbook builds synthetic AIMSes of
# each size from nothing (no output, no cache), with AIMSBOOK_OPTS (default -Xmx4g); prints
# wall time, peak resident memory and the time per document.
# Usage: bench/scale-benchmark.sh [DOCUMENTS...] (default 5000 10000 20000). Results go to docs/benchmarks.md.
set -euo pipefail
export AIMSBOOK_OPTS="${AIMSBOOK_OPTS:--Xmx4g}"
source "$(dirname "$0")/launcher-setup.sh"
echo "| documents | pages | cold build | per document | peak RSS |"
echo "|---|---|---|---|---|"
for size in "${@:-5000 10000 20000}"; do
  for n in $size; do
    content="$work/content-$n"
    java -cp "$classpath" org.aimsbook.bench.SyntheticAims "$content" "$n" >/dev/null
    /usr/bin/time -f "%e %M" -o "$work/time" "$launcher" build "$content" -o "$work/out-$n/site" --as-of 2026-11-27 >"$work/log" 2>&1 \
      || { cat "$work/log" >&2; exit 1; }
    read -r wall rss <"$work/time"
    pages=$(sed -nE 's/.*edition, ([0-9]+) pages.*/\1/p' "$work/log")
    awk -v n="$n" -v p="$pages" -v w="$wall" -v r="$rss" \
      'BEGIN { printf "| %d | %d | %.1f s | %.2f ms | %d MiB |\n", n, p, w, w * 1000 / n, r / 1024 }'
    rm -rf "$content" "$work/out-$n" "$work/.aimsbook-cache"
  done
done
echo "$(nproc) cores, $(java -version 2>&1 | head -1), AIMSBOOK_OPTS=$AIMSBOOK_OPTS, load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
