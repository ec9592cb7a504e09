#!/usr/bin/env bash
# Compares two builds of the engine on one case of PerProgramMain (CPU time and bytes per
# assessment of the mix):
#
#   bench/compare.sh BEFORE.jar AFTER.jar [RUNS] [CASE]    # RUNS 5, CASE catalog
#
# Each jar is a bench/target/benchmarks.jar. One of another commit:
#   git worktree add /tmp/before COMMIT
#   (cd /tmp/before && ./mvnw -B -q -pl bench -am package -DskipTests)
# CASE is one of PerProgramMain's cases: catalog, catalog-16, "no program", a program code,
# PKH_PLUS+ASPD.
# A jar built before PerProgramMain took case names runs every case (slower, same figures).
#
# Where taskset is found and there are two cores or more, each run starts the two jars at the
# same time, each held to a core of its own (taskset -c), and the next run swaps the cores: both
# then meet the same load from outside, and neither gets the better core. On a shared machine
# whose speed swings by two times within minutes, that keeps the two medians within a few per
# cent of each other where running them in turn does not (docs/performance.md §3m). With
# COMPARE_MODE=turns, or without taskset, the jars run one after the other, unpinned.
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
PINNED=false
if [[ "${COMPARE_MODE:-pinned}" != turns ]] && command -v taskset > /dev/null \
    && (( $(nproc) >= 2 )); then
  PINNED=true
fi
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

# Runs jar k (on core $2 when pinned), its output into $OUT/k.
run() {
  local k=$1 core=$2
  if $PINNED; then
    taskset -c "$core" java -cp "${JARS[$k]}" id.bansos.bench.PerProgramMain 5 "$CASE" \
      > "$OUT/$k" 2>&1
  else
    java -cp "${JARS[$k]}" id.bansos.bench.PerProgramMain 5 "$CASE" > "$OUT/$k" 2>&1
  fi
}

record() {
  local k=$1 line
  line=$(grep -F -- "$CASE " "$OUT/$k" | head -n 1 || true)
  if [[ -z "$line" ]]; then
    echo "${JARS[$k]} printed no line for the case '$CASE':" >&2
    cat "$OUT/$k" >&2
    exit 1
  fi
  echo "${JARS[$k]}: $line"
  read -r ns bytes < <(sed -E 's/.* cpu +([0-9]+) ns\/op.* ([0-9,]+) B\/op.*/\1 \2/' <<< "$line")
  NS[$k]="${NS[$k]} $ns"
  BYTES[$k]="${BYTES[$k]} ${bytes//,/}"
}

for ((i = 1; i <= RUNS; i++)); do
  if $PINNED; then
    # BEFORE on core 0 and AFTER on core 1, then the other way round.
    first=$(( i % 2 ))
    run 0 "$(( 1 - first ))" &
    before=$!
    run 1 "$first" || true
    wait "$before" || true
  else
    run 0 0 || true
    run 1 0 || true
  fi
  record 0
  record 1
done

summary() {
  tr ' ' '\n' <<< "$1" | grep . | sort -n \
    | awk '{v[NR] = $1} END {printf "%d-%d ns, median %d", v[1], v[NR], v[int((NR + 1) / 2)]}'
}
if $PINNED; then
  echo "== $CASE, $RUNS runs each, the two jars at once, each on a core of its own"
else
  echo "== $CASE, $RUNS runs each, one jar after the other"
fi
for k in 0 1; do
  median_bytes=$(tr ' ' '\n' <<< "${BYTES[$k]}" | grep . | sort -n \
    | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}')
  echo "${JARS[$k]}: $(summary "${NS[$k]}"); $median_bytes B"
done
