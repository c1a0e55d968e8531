#!/usr/bin/env bash
# A long fuzz run of every Jazzer target (generator/src/test/java/**/*FuzzTest.java), one after
# the other, each in a JVM of its own (Jazzer fuzzes one target per JVM).
# Usage: bench/fuzz.sh [SECONDS_PER_TARGET]   (default 600)
# The corpus grows in generator/.cifuzz-corpus/ and is reused by the next run; an input that
# fails is written next to the target's seeds (src/test/resources/.../<Class>Inputs/<method>/)
# and from then on runs in every ./mvnw verify. Figures are recorded in docs/security.md.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
targets=$(cd generator/src/test/java && find . -name '*FuzzTest.java' | sed 's|^\./||; s|\.java$||; s|/|.|g' | sort)
for target in $targets; do
  echo "fuzzing $target for ${seconds}s"
  # The targets' @Timeout bounds each input (Jazzer hands it to libFuzzer) and, for JUnit, the
  # whole default-length run; a long run turns JUnit's off and keeps libFuzzer's.
  set +e
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" ./mvnw -q -pl generator test -Dtest="$target" \
    -Dsurefire.failIfNoSpecifiedTests=false -Djunit.jupiter.execution.timeout.mode=disabled 2>&1 \
    | grep -E --line-buffered '^#[0-9]+ +(INITED|DONE)|^== |Tests run|FAIL|ERROR'
  status=${PIPESTATUS[0]}
  set -e
  if [ "$status" -ne 0 ]; then
    echo "$target: finding or failure; see generator/target/surefire-reports/" >&2
    exit 1
  fi
done
