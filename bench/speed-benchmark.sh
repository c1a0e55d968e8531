#!/usr/bin/env bash
# The authoring speed targets, measured as a writer meets them: whole command lines, JVM start
# included, on synthetic AIMSes (generator/src/test/java/org/aimsbook/bench/SyntheticAims.java).
# For each size: a cold build (no output, no cache), a rebuild with nothing changed, a rebuild
# after one policy's narrative changed, each with generator/bin/aimsbook (the launcher) and with
# plain `java -jar`; then the same handbook exported as a JBake project and baked by JBake 2.7.0
# in a JVM of its own (bench/jbake-bake.sh), and the ratio of the two cold builds.
# Usage: bench/speed-benchmark.sh [DOCUMENTS...] (default 1000). Results go to docs/benchmarks.md.
# AIMSBOOK_OPTS passes JVM options to the launcher (e.g. -Xmx4g for 20,000 documents).
set -euo pipefail
source "$(dirname "$0")/launcher-setup.sh"

echo "| documents | command | cold build | nothing changed | one narrative changed |"
echo "|---|---|---|---|---|"
for size in "${@:-1000}"; do
  content="$work/content-$size"
  java -cp "$classpath" org.aimsbook.bench.SyntheticAims "$content" "$size" >/dev/null
  policy="$content/policies/policy-1.adoc"
  for runner in launcher java; do
    if [ "$runner" = launcher ]; then cmd=("$launcher"); else cmd=(java ${AIMSBOOK_OPTS:-} -jar "$jar"); fi
    out="$work/$runner-$size/site"
    cold=$(timed "${cmd[@]}" build "$content" -o "$out" --as-of 2026-11-27 -q)
    if [ "$runner" = launcher ]; then launcher_cold=$cold; fi
    same=$(timed "${cmd[@]}" build "$content" -o "$out" --as-of 2026-11-27 -q)
    cp "$policy" "$work/policy.adoc"
    echo "A sentence added by the benchmark." >>"$policy"
    edit=$(timed "${cmd[@]}" build "$content" -o "$out" --as-of 2026-11-27 -q)
    cp "$work/policy.adoc" "$policy"
    echo "| $(printf "%'d" "$size") | ${runner/launcher/generator\/bin\/aimsbook} | $cold s | $same s | $edit s |"
  done
  # JBake's turn: the same handbook, exported as ready HTML pages, baked in JBake's own JVM.
  "$launcher" export jbake "$content" -o "$work/jbake-$size" --as-of 2026-11-27 -q >/dev/null
  baked=$(bench/jbake-bake.sh "$work/jbake-$size" "$work/baked-$size" | tail -1)
  jbake_ms=$(echo "$baked" | sed -E 's/.* in ([0-9]+) ms.*/\1/')
  echo
  echo "$(printf "%'d" "$size") documents: $baked; aimsbook's cold build above (launcher) is $(awk -v j="$jbake_ms" -v a="$launcher_cold" 'BEGIN { printf "%.1f", j / 1000 / a }') times as fast"
  echo
done
echo "$(nproc) cores, $(java -version 2>&1 | head -1), load average $(cut -d ' ' -f 1-3 /proc/loadavg)"
