#!/usr/bin/env bash
# The issue's JBake baseline, side by side: DOCUMENTS synthetic AsciiDoc pages of about 60 lines
# each (SyntheticAims, shape asciidoc-pages: all but 20 documents are policies with narrative),
# built cold by aimsbook (generator/bin/aimsbook, site and search index), then the same pages baked
# by JBake 2.7.0 converting the same AsciiDoc with its own Asciidoctor, in a JVM of its own:
# the handbook is exported (`aimsbook export jbake`) for JBake's templates and the pages without
# narrative, and each policy page is turned back into its AsciiDoc (JBakeAsciiDocPages).
# Each tool runs RUNS times, alternating; the medians and their ratio are printed.
# Usage: bench/asciidoc-pages-benchmark.sh [DOCUMENTS] [RUNS] (default 1000 3). Results go to docs/benchmarks.md.
set -euo pipefail
source "$(dirname "$0")/launcher-setup.sh"
size=${1:-1000}
runs=${2:-3}
./mvnw -q -pl bench/jbake package -DskipTests
content="$work/pages-$size"
java -cp "$classpath" org.aimsbook.bench.SyntheticAims "$content" "$size" asciidoc-pages >/dev/null
"$launcher" export jbake "$content" -o "$work/jbake" --as-of 2026-11-27 -q >/dev/null
java -cp "$classpath" org.aimsbook.bench.JBakeAsciiDocPages "$work/jbake" "$content"
median() { tr ' ' '\n' | grep . | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'; }
aimsbook=""
jbake=""
for run in $(seq "$runs"); do
  rm -rf "$work/out"
  aimsbook="$aimsbook $(timed "$launcher" build "$content" -o "$work/out/site" --as-of 2026-11-27 -q)"
  baked=$(bench/jbake-bake.sh "$work/jbake" "$work/baked" 2>/dev/null | tail -1)
  jbake="$jbake $(echo "$baked" | sed -E 's/.* in ([0-9]+) ms.*/\1/' | awk '{ printf "%.2f", $1 / 1000 }')"
  # JBake must have converted the AsciiDoc itself, not passed it through.
  grep -q 'class="tableblock' "$work/baked/policies/policy-0.html" || { echo "JBake did not convert AsciiDoc" >&2; exit 1; }
  echo "run $run: aimsbook $(echo "$aimsbook" | awk '{ print $NF }') s; $baked"
done
a=$(echo "$aimsbook" | median)
j=$(echo "$jbake" | median)
echo
echo "| documents | AsciiDoc pages | aimsbook cold build (median of $runs) | JBake 2.7.0 (median of $runs) | ratio |"
echo "|---|---|---|---|---|"
echo "| $(printf "%'d" "$size") | $(find "$content/policies" -name '*.adoc' | wc -l) | $a s ($aimsbook ) | $j s ($jbake ) | $(awk -v j="$j" -v a="$a" 'BEGIN { printf "%.1f", j / a }')× |"
echo "$(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
