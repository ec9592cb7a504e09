#!/usr/bin/env bash
# Compares two builds of the engine on one case of PerProgramMain (CPU time and bytes per
# assessment of the mix), running the two in turn so that a machine whose speed drifts over the
# minutes favours neither:
#
#   bench/compare.sh BEFORE.jar AFTER.jar [RUNS] [CASE]    # RUNS 5, CASE catalog
#
# Each jar is a bench/target/benchmarks.jar. One of another commit:
#   git worktree add /tmp/before COMMIT
#   (cd /tmp/before && ./mvnw -B -q -pl bench -am package -DskipTests)
# CASE is one of PerProgramMain's cases: catalog, catalog-16, "no program", a program code,
# PKH_PLUS+ASPD.
# A jar built before PerProgramMain took case names runs every case (slower, same figures).
# Prints every run, then for each jar the lowest, median and highest CPU time and the median
# bytes. One JVM's run differs from the next by up to 10% (JIT decisions): compare ranges.
set -euo pipefail

if (( $# < 2 )); then
  sed -n '2,15p' "$0" >&2
  exit 2
fi
BEFORE=$1
AFTER=$2
RUNS=${3:-5}
CASE=${4:-catalog}
for jar in "$BEFORE" "$AFTER"; do
  if [[ ! -f "$jar" ]]; then
    echo "no such jar: $jar" >&2
    exit 2
  fi
done

JARS=("$BEFORE" "$AFTER")
NS=("" "")
BYTES=("" "")
for ((i = 1; i <= RUNS; i++)); do
  for k in 0 1; do
    jar=${JARS[$k]}
    line=$(java -cp "$jar" id.bansos.bench.PerProgramMain 5 "$CASE" | grep -F -- "$CASE " \
      | head -n 1 || true)
    if [[ -z "$line" ]]; then
      echo "$jar printed no line for the case '$CASE'" >&2
      exit 1
    fi
    echo "$jar: $line"
    read -r ns bytes < <(sed -E 's/.* cpu +([0-9]+) ns\/op.* ([0-9,]+) B\/op.*/\1 \2/' <<< "$line")
    NS[$k]="${NS[$k]} $ns"
    BYTES[$k]="${BYTES[$k]} ${bytes//,/}"
  done
done

summary() {
  tr ' ' '\n' <<< "$1" | grep . | sort -n \
    | awk '{v[NR] = $1} END {printf "%d-%d ns, median %d", v[1], v[NR], v[int((NR + 1) / 2)]}'
}
echo "== $CASE, $RUNS runs each"
for k in 0 1; do
  median_bytes=$(tr ' ' '\n' <<< "${BYTES[$k]}" | grep . | sort -n \
    | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')
  echo "${JARS[$k]}: $(summary "${NS[$k]}"); $median_bytes B"
done
