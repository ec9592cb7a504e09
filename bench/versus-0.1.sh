#!/usr/bin/env bash
# Screens the same 100,000 households with version 0.1's batch screening (examples' Screen, as
# issue 13 found it) and with today's `bansos screen`, in turn on the same machine, so that the
# gain is measured rather than taken from a figure of another machine (docs/performance.md,
# section 3k):
#
#   bench/versus-0.1.sh [RUNS] [HOUSEHOLDS]          # RUNS 3, HOUSEHOLDS 100000
#
# Needs today's jars (./mvnw -B -pl cli,bench -am package -DskipTests) and git. Builds 0.1 in a
# worktree under bench/target/versus-0.1 (package only: nothing is installed into ~/.m2), makes
# the households with 0.1's SampleData (seed 1), and gives today's tool the same households:
# 0.1's CSV as it is (two of its columns named with --column), and as JSON Lines and a workbook
# written by TableConvert. 0.1 runs as its README ran it (java -cp, JVM defaults), today's tool
# with the launcher's compiler and collector (cli/bansos; -Xmx256m where it gives 512m). Prints the user + sys CPU, wall time and peak RSS of every run,
# then the median CPU of each and the ratio to 0.1's CSV run.
set -euo pipefail

RUNS=${1:-3}
HOUSEHOLDS=${2:-100000}
if ! [[ "$RUNS" =~ ^[1-9][0-9]*$ && "$HOUSEHOLDS" =~ ^[1-9][0-9]*$ ]]; then
  sed -n '2,15p' "$0" >&2
  exit 2
fi
if ! /usr/bin/time -f "%U" -o /dev/null true 2> /dev/null; then
  echo "needs GNU time as /usr/bin/time (-f and -o)" >&2
  exit 2
fi
V01=7106217
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=$ROOT/bench/target/versus-0.1
CLI=$(ls "$ROOT"/cli/target/bansos-cli-*.jar 2>/dev/null | grep -v -e sources -e javadoc | head -n 1 || true)
BENCH=$ROOT/bench/target/benchmarks.jar
if [[ -z "$CLI" || ! -f "$BENCH" ]]; then
  echo "build first: ./mvnw -B -pl cli,bench -am package -DskipTests" >&2
  exit 2
fi
mkdir -p "$WORK"
cd "$WORK"

if [[ ! -f v0.1/cp.txt ]]; then
  git -C "$ROOT" worktree remove --force "$WORK/v0.1" 2> /dev/null || rm -rf v0.1
  git -C "$ROOT" worktree prune
  git -C "$ROOT" worktree add -q --detach "$WORK/v0.1" "$V01"
  (cd v0.1 && ./mvnw -B -q -pl examples -am package dependency:build-classpath \
    -Dmaven.test.skip -Dmaven.javadoc.skip -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$WORK/v0.1/deps.txt")
  # The modules' classes, then their dependencies (the reactor's own jars left out).
  { printf '%s:' "$WORK"/v0.1/{examples,rules,core,jackson-module}/target/classes
    tr ':' '\n' < v0.1/deps.txt | grep -v '/id/bansos/' | grep -v '/target/' | paste -sd:
  } | tr -d '\n' > v0.1/cp.txt
fi
CP=$(cat v0.1/cp.txt)

N=$HOUSEHOLDS
if [[ ! -f h$N.xlsx ]]; then
  java -cp "$CP" id.bansos.examples.SampleData --households "$N" --seed 1 --out "h$N.csv"
  java -cp "$CP" id.bansos.examples.SampleData --households "$N" --seed 1 --out "h$N-v01.jsonl"
  # 0.1 named these two facts in its own way; today they are extension facts.
  COLUMNS=(pkh_components=household.pkhComponents
    pregnant_or_postpartum=person.pregnantOrPostpartum)
  java -cp "$BENCH" id.bansos.cli.TableConvert "h$N.csv" "h$N.jsonl" "${COLUMNS[@]}"
  java -cp "$BENCH" id.bansos.cli.TableConvert "h$N.csv" "h$N.xlsx" "${COLUMNS[@]}"
fi

OPTIONS=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx256m)
COLUMN=(--column pkh_components=household.pkhComponents
  --column pregnant_or_postpartum=person.pregnantOrPostpartum)
LOG=$WORK/runs.log
: > "$LOG"
run() {
  local name=$1
  shift
  /usr/bin/time -f "$name %U %S %e %M" -o time.txt "$@" > /dev/null 2> run.err \
    || { cat run.err >&2; exit 1; }
  awk '{printf "%-10s %6.2f s CPU  %6.2f s wall  %4d MB\n", $1, $2 + $3, $4, $5 / 1024}' time.txt
  cat time.txt >> "$LOG"
}
for ((i = 1; i <= RUNS; i++)); do
  run 0.1-csv java -cp "$CP" id.bansos.examples.Screen --in "h$N.csv" --out old.csv \
    --date 2025-07-01
  run csv java "${OPTIONS[@]}" -jar "$CLI" screen --in "h$N.csv" --out new-csv.csv \
    --date 2025-07-01 --progress none "${COLUMN[@]}"
  run 0.1-jsonl java -cp "$CP" id.bansos.examples.Screen --in "h$N-v01.jsonl" --out old-jsonl.csv \
    --date 2025-07-01
  run jsonl java "${OPTIONS[@]}" -jar "$CLI" screen --in "h$N.jsonl" --out new-jsonl.csv \
    --date 2025-07-01 --progress none
  run xlsx java "${OPTIONS[@]}" -jar "$CLI" screen --in "h$N.xlsx" --out new-xlsx.csv \
    --date 2025-07-01 --progress none
done

echo
echo "median CPU (user + sys) of $RUNS runs, $N households; times less CPU than 0.1 from CSV:"
awk '{cpu[$1] = cpu[$1] " " ($2 + $3)} END {
  for (k in cpu) {
    n = split(substr(cpu[k], 2), v, " ")
    for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (v[j] < v[i]) { t = v[i]; v[i] = v[j]; v[j] = t }
    med[k] = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2
  }
  split("0.1-csv 0.1-jsonl csv jsonl xlsx", order, " ")
  for (i = 1; i <= 5; i++) printf "%-10s %6.2f s   %.2fx\n", order[i], med[order[i]], med["0.1-csv"] / med[order[i]]
}' "$LOG"
