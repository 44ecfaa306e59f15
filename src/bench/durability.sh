#!/usr/bin/env bash
# Durability: the crash test with many kills, and what the storage settings cost.
#   src/bench/durability.sh [KILLS]      (default 200 kills per workload; needs `mvn package` first)
# Part 1 runs CrashTest with -Dcrash.kills=KILLS (three workloads: 50,000-row imports, single edits,
# the demo generation) and prints its summary lines.
# Part 2 times, for each storage setting (h2-default = H2's own: write delay 500 ms, no sync;
# commit = WRITE_DELAY=0; sync = WRITE_DELAY=0 + CHECKPOINT SYNC after every write, the setting in
# use), the demo at scale 10, an import of 50,000 navigators from a CSV file and 100 single edits.
set -euo pipefail
cd "$(dirname "$0")/../.."
KILLS="${1:-200}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

if [ "${SKIP_CRASH:-}" != "1" ]; then
  echo "== crash test, $KILLS kills per workload"
  start=$(date +%s)
  mvn -B -o -q test -Dtest=CrashTest -Dcrash.kills="$KILLS" -Dsurefire.failIfNoSpecifiedTests=false || true
  grep -h "crash test" target/surefire-reports/de.ssg.lotsenkontor.storage.CrashTest-output.txt || true
  grep -h "tests=" target/surefire-reports/TEST-de.ssg.lotsenkontor.storage.CrashTest.xml | head -1 \
    | sed -E 's/.*tests="([0-9]+)".*failures="([0-9]+)".*/tests \1, failures \2/' || true
  echo "crash test took $(( $(date +%s) - start )) s"
fi

echo "== cost of the storage settings"
mvn -B -o -q dependency:build-classpath -Dmdep.outputFile="$WORK/cp.txt" >/dev/null
CP="target/test-classes:target/classes:$(cat "$WORK/cp.txt")"
python3 - "$WORK/nav50k.csv" <<'PY'
import sys
ags = ["14521010", "14522080", "14612000", "14713000", "14511000"]
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("Vorname;Nachname;AGS;Fachbereich;E-Mail\n")
    for i in range(50000):
        f.write(f"Vor{i};Nach{i}x;{ags[i % 5]};Bench;v{i}@example.org\n")
PY
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
for mode in h2-default commit sync; do
  J="java -Dlotsenkontor.durability=$mode -jar target/lotsenkontor.jar"
  rm -rf "$WORK/demo" "$WORK/imp" "$WORK/edit"
  $J --db "$WORK/demo" stats >/dev/null; $J --db "$WORK/imp" stats >/dev/null; $J --db "$WORK/edit" stats >/dev/null
  demo=$(ms $J --db "$WORK/demo" demo --scale 10)
  imp=$(ms $J --db "$WORK/imp" import-navigators "$WORK/nav50k.csv")
  edits=$(java -Dlotsenkontor.durability=$mode -cp "$CP" de.ssg.lotsenkontor.bench.SingleEditsBenchmark "$WORK/edit" 100)
  echo "$mode: demo --scale 10 ${demo} ms (whole command), import of 50,000 rows ${imp} ms (whole command), 100 single edits ${edits} ms"
done
