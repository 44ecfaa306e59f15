#!/usr/bin/env bash
# Benchmark: the Übersicht and the printed Programmübersicht on a demo database.
#  - dashboard figures right after the database is open (cold and warm), map data, map first paint
#    and zoom frames (headless, Monocle);
#  - `print overview -o FILE.pdf` as a whole command (JVM start included), 5 runs.
# Usage: [SCALE=N] src/bench/overview.sh    (SCALE default 1; demo --scale N, up to 100)
#        DB=FOLDER src/bench/overview.sh    (an existing demo database, e.g. one of demo --scale 100)
# Prints `uptime` before and after: on a shared machine the load average says how far to trust the figures.
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -o -DskipTests -Dcds.skip=true package
mvn -B -q -o test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
DIR=$(mktemp -d)
if [ -z "${DB:-}" ]; then
  DB=$DIR/db
  java -jar target/lotsenkontor.jar --db "$DB" demo --scale "${SCALE:-1}" > /dev/null
fi
uptime
# the benchmark JVM runs with the JIT option the app is started with (README run command, installers);
# BENCH_JVM_OPTS= (empty) measures a plain JVM
java ${BENCH_JVM_OPTS--XX:TieredStopAtLevel=1} -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1200-32 \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  de.ssg.lotsenkontor.bench.OverviewBenchmark "$DB"
for i in 1 2 3 4 5; do
  s=$(date +%s%N)
  java -jar target/lotsenkontor.jar --db "$DB" print overview -o "$DIR/uebersicht.pdf" > /dev/null
  e=$(date +%s%N)
  echo "print overview, whole command, run $i: $(( (e - s) / 1000000 )) ms"
done
uptime
rm -rf "$DIR"
