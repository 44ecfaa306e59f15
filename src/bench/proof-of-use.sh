#!/usr/bin/env bash
# Benchmark: `export proof-of-use` for the largest contract year, as a whole command (JVM start
# included), side by side with a bare POI SXSSF program that reads the same rows with JDBC and
# writes the same cells (src/test/java/.../bench/ProofOfUseBaseline.java); wall clock and peak
# resident memory of each run (GNU time). Then the finance view at that size (headless): the
# budget-against-actual view opening and a keystroke in the ledger search.
# Both programs run with the JVM options the installers and the README's run command give the app
# (JVM_OPTS; the class-data-sharing archive left out, it only shortens the window's start); set
# JVM_OPTS= to measure plain JVMs.
# Usage: [JVM_OPTS=...] src/bench/proof-of-use.sh DB REF YEAR [RUNS]   (DB made with `demo --scale 100`)
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=$1; REF=$2; YEAR=$3; RUNS=${4:-5}
[ -f target/lotsenkontor.jar ] || mvn -B -q -DskipTests package
[ -f target/test-classpath.txt ] || mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile=target/test-classpath.txt
CP="target/test-classes:target/classes:$(cat target/test-classpath.txt)"
OUT=$(mktemp -d)
JVM_OPTS=${JVM_OPTS--XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx1g}
echo "JVM options: ${JVM_OPTS:-none}"
for i in $(seq 1 "$RUNS"); do
  # shellcheck disable=SC2086
  /usr/bin/time -f "app %e s %M KB" java $JVM_OPTS -jar target/lotsenkontor.jar --db "$DB" export proof-of-use \
      --contract "$REF" --year "$YEAR" -o "$OUT/app.xlsx" > /dev/null
  # shellcheck disable=SC2086
  /usr/bin/time -f "poi %e s %M KB" java $JVM_OPTS -cp "$CP" de.ssg.lotsenkontor.bench.ProofOfUseBaseline "$DB" "$REF" "$YEAR" \
      "$OUT/poi.xlsx" > /dev/null
done 2>&1 | grep -E '^(app|poi) '
ls -l "$OUT"/*.xlsx
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1200-32 \
  -cp "$CP" de.ssg.lotsenkontor.bench.FinanceViewBenchmark "$DB"
rm -rf "$OUT"
