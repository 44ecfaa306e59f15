#!/usr/bin/env bash
# Benchmark: the area "Betreuung" at demo --scale 100 (about 11,000 navigators, 150,000 coaching
# sessions): board and coverage open with data, totals per coach and month through
# CoachingQueries (the month totals the service keeps) against a plain JDBC query computing the
# same from the sessions. Headless (Monocle). Prints the load average before and after: on a
# shared machine the figures are only comparable with the load they were taken under.
# Usage: [SCALE=N] src/bench/coaching.sh [DB-FOLDER of an existing demo database]
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests -Dcds.skip=true package
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
if [ $# -ge 1 ]; then
  DB=$1
else
  DB=$(mktemp -d)/db
  java -jar target/lotsenkontor.jar --db "$DB" demo --scale "${SCALE:-100}" > /dev/null
fi
echo "before: $(uptime)"
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1200-32 \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  de.ssg.lotsenkontor.bench.CoachingBenchmark "$DB"
echo "after: $(uptime)"
