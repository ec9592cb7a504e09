#!/usr/bin/env bash
# Compares two builds of the engine on one case of PerProgramMain (CPU time and bytes per
# assessment of the mix), or on StartupMain's in-process milliseconds to the first assessment:
#
#   bench/compare.sh BEFORE.jar AFTER.jar [RUNS] [CASE]    # RUNS 6, CASE catalog
#
# Each jar is a bench/target/benchmarks.jar. One of another commit:
#   git worktree add /tmp/before COMMIT
#   (cd /tmp/before && ./mvnw -B -q -pl bench -am package -DskipTests)
# CASE is one of PerProgramMain's cases: catalog, catalog-16, "no program", a program code,
# PKH_PLUS+ASPD; or startup, which runs StartupMain (a fresh JVM's catalog, engine and first
# assessment) and compares its in-process milliseconds.
# A jar built before PerProgramMain took case names runs every case (slower, same figures).
#
# Where taskset works and this process may use two CPUs or more, each run starts the two jars
# at the same time, each held to one of the first two CPUs it may use, and the next run swaps
# them (RUNS is rounded up to an even number, so each jar gets each CPU as often): both meet the
# same load from outside, and neither gets the better CPU. On a shared machine whose speed swings
# by two times within minutes, that keeps two runs of one build within a few per cent of each
# other where running them in turn does not (docs/performance.md §3m). The jar that finishes first
# leaves the other alone for the rest of its run, which can only narrow a difference. With
# COMPARE_MODE=turns, or where taskset does not work, the jars run one after the other, unpinned.
# The median of an even number of runs is the mean of the two middle ones.
# Both modes run G1 (-XX:+UseG1GC), which a JVM held to one CPU would not choose by itself.
# Prints every run, then for each jar the lowest, median and highest CPU time and the median
# bytes. One JVM's run differs from the next by up to 10% (JIT decisions): compare ranges.
set -euo pipefail

if (( $# < 2 )); then
  sed -n '/^set -euo pipefail/q;2,$p' "$0" >&2
  exit 2
fi
BEFORE=$1
AFTER=$2
RUNS=${3:-6}
CASE=${4:-catalog}
for jar in "$BEFORE" "$AFTER"; do
  if [[ ! -f "$jar" ]]; then
    echo "no such jar: $jar" >&2
    exit 2
  fi
done

# The CPUs this process may use, one per line, from a list such as 0-1 or 0,2-3.
allowed_cpus() {
  local list
  list=$(sed -n 's/^Cpus_allowed_list:[[:space:]]*//p' /proc/self/status 2> /dev/null || true)
  tr ',' '\n' <<< "$list" | while IFS=- read -r first last; do
    [[ -n "$first" ]] && seq "$first" "${last:-$first}"
  done
}

JARS=("$BEFORE" "$AFTER")
NS=("" "")
BYTES=("" "")
PIDS=("" "")
PINNED=false
CPUS=()
if [[ "${COMPARE_MODE:-pinned}" != turns ]] && command -v taskset > /dev/null; then
  mapfile -t CPUS < <(allowed_cpus)
  # Where affinity may not be set (some sandboxes), the jars run in turn.
  if (( ${#CPUS[@]} >= 2 )) && taskset -c "${CPUS[0]}" true 2> /dev/null \
      && taskset -c "${CPUS[1]}" true 2> /dev/null; then
    PINNED=true
    RUNS=$(( (RUNS + 1) / 2 * 2 ))
  fi
fi
OUT=$(mktemp -d)
# The JVMs are this shell's own jobs, so an interrupted wait lets the traps stop them at once.
trap 'kill $(jobs -p) 2> /dev/null || true; rm -rf "$OUT"' EXIT
trap 'exit 130' INT TERM

# Starts jar k in the background (held to CPU $2 when pinned), its output into $OUT/k.
start() {
  local k=$1 cpu=$2
  local cmd=(java -XX:+UseG1GC -cp "${JARS[$k]}" id.bansos.bench.PerProgramMain 5 "$CASE")
  if [[ "$CASE" == startup ]]; then
    cmd=(java -XX:+UseG1GC -cp "${JARS[$k]}" id.bansos.bench.StartupMain)
  fi
  if $PINNED; then
    taskset -c "$cpu" "${cmd[@]}" > "$OUT/$k" 2>&1 &
  else
    "${cmd[@]}" > "$OUT/$k" 2>&1 &
  fi
  PIDS[$k]=$!
}

# Waits for jar k; warns when it failed.
finish() {
  local k=$1 status=0
  wait "${PIDS[$k]}" || status=$?
  if (( status != 0 )); then
    echo "warning: ${JARS[$k]} exited with status $status" >&2
  fi
}

record() {
  local k=$1 line
  if [[ "$CASE" == startup ]]; then
    line=$(grep -o 'in-process=[0-9.]*ms' "$OUT/$k" | head -n 1 || true)
  else
    line=$(grep -F -- "$CASE " "$OUT/$k" | head -n 1 || true)
  fi
  if [[ -z "$line" ]]; then
    echo "${JARS[$k]} printed no line for the case '$CASE':" >&2
    cat "$OUT/$k" >&2
    exit 1
  fi
  echo "${JARS[$k]}: $line"
  if [[ "$CASE" == startup ]]; then
    # Whole milliseconds.
    NS[$k]="${NS[$k]} $(sed -E 's/in-process=([0-9]+).*/\1/' <<< "$line")"
    return
  fi
  read -r ns bytes < <(sed -E 's/.* cpu +([0-9]+) ns\/op.* ([0-9,]+) B\/op.*/\1 \2/' <<< "$line")
  NS[$k]="${NS[$k]} $ns"
  BYTES[$k]="${BYTES[$k]} ${bytes//,/}"
}

for ((i = 1; i <= RUNS; i++)); do
  if $PINNED; then
    # BEFORE on the first CPU and AFTER on the second, then the other way round.
    first=$(( i % 2 ))
    start 0 "${CPUS[$(( 1 - first ))]}"
    start 1 "${CPUS[$first]}"
    finish 0
    finish 1
  else
    start 0 ""
    finish 0
    start 1 ""
    finish 1
  fi
  record 0
  record 1
done

# The median of an even count is the mean of the two middle values.
median='function median(v, n) { return n % 2 ? v[(n + 1) / 2] : int((v[n / 2] + v[n / 2 + 1]) / 2) }'
UNIT=ns
[[ "$CASE" == startup ]] && UNIT=ms
summary() {
  tr ' ' '\n' <<< "$1" | grep . | sort -n | awk -v unit="$UNIT" "$median"'{v[NR] = $1}
    END {printf "%d-%d %s, median %d", v[1], v[NR], unit, median(v, NR)}'
}
if $PINNED; then
  echo "== $CASE, $RUNS runs each, the two jars at once on CPUs ${CPUS[0]} and ${CPUS[1]}, G1"
else
  echo "== $CASE, $RUNS runs each, one jar after the other, G1"
fi
for k in 0 1; do
  if [[ "$CASE" == startup ]]; then
    echo "${JARS[$k]}: $(summary "${NS[$k]}") in-process"
    continue
  fi
  median_bytes=$(tr ' ' '\n' <<< "${BYTES[$k]}" | grep . | sort -n \
    | awk "$median"'{v[NR] = $1} END {print median(v, NR)}')
  echo "${JARS[$k]}: $(summary "${NS[$k]}"); $median_bytes B"
done
