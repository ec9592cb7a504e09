#!/usr/bin/env bash
# Runs every benchmark once with settings that finish in about six minutes on two cores, and
# writes JMH's JSON results (and hyperfine's, when installed) to bench/target/.
#
#   bench/run-all.sh            # builds bench/target/benchmarks.jar first if it is missing
#   JMH_OPTS='-f 3 -i 5' bench/run-all.sh   # longer, steadier runs (options are appended)
#
# See docs/performance.md for what each figure means.
set -euo pipefail

cd "$(dirname "$0")/.."
JAR=bench/target/benchmarks.jar
OUT=bench/target
QUICK=(-f 1 -wi 2 -w 2s -i 3 -r 3s)
read -r -a EXTRA <<< "${JMH_OPTS:-}"

if [[ ! -f "$JAR" ]]; then
  ./mvnw -B -pl bench -am package -DskipTests
fi

echo "== machine"
echo "cpus: $(nproc)"
grep -m1 'model name' /proc/cpuinfo || true
grep MemTotal /proc/meminfo || true
java -version 2>&1 | head -n 1

echo "== 1. assessments against the default catalog (throughput and average time, 1 and 2 threads)"
java -jar "$JAR" 'AssessmentBenchmark' "${QUICK[@]}" "${EXTRA[@]}" \
  -rf json -rff "$OUT/assessment.json"

echo "== 2. engine against the hand-coded floor (PKH Plus and ASPD only)"
java -jar "$JAR" 'FloorBenchmark' "${QUICK[@]}" "${EXTRA[@]}" \
  -rf json -rff "$OUT/floor.json"

echo "== 3. bytes allocated per assessment, with and without text (gc.alloc.rate.norm)"
java -jar "$JAR" 'AssessmentBenchmark\.(typical|typicalText|mix|mixText)$' -bm avgt -prof gc \
  "${QUICK[@]}" "${EXTRA[@]}" -rf json -rff "$OUT/allocation.json"

echo "== 4. start-up to first assessment, whole process"
PROBE="java -cp $JAR id.bansos.bench.StartupMain"
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 3 --runs 20 --export-json "$OUT/startup.json" "$PROBE"
else
  # Without hyperfine (apt-get install -y hyperfine): twenty timed runs, in milliseconds.
  for _ in 1 2 3; do $PROBE > /dev/null; done
  for _ in $(seq 20); do
    t0=$(date +%s%N); $PROBE > /dev/null; t1=$(date +%s%N)
    echo $(( (t1 - t0) / 1000000 ))
  done | sort -n | tee "$OUT/startup-ms.txt" | awk '{a[NR]=$1} END {print "median ms:", a[int((NR+1)/2)]}'
fi
$PROBE

echo "== 5. cross-check by CPU time and allocated bytes of the measuring thread (busy machines)"
java -cp "$JAR" id.bansos.bench.CpuTimeMain 7 | tee "$OUT/cputime.txt"

echo "== 6. the same by program: no program, each program in force alone, PKH Plus with ASPD"
java -cp "$JAR" id.bansos.bench.PerProgramMain 5 | tee "$OUT/perprogram.txt"

echo "== done: results in $OUT/{assessment,floor,allocation}.json and $OUT/startup.json, $OUT/{cputime,perprogram}.txt"
