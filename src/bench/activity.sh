#!/usr/bin/env bash
# Benchmark: the events list and the project board open, and the Sachbericht figures of a year,
# on a database filled by `demo --scale 100` (about 6,000 events, 90,000 registrations, 15,000
# projects, 150,000 coaching sessions). Headless (Monocle).
# Usage: [SCALE=N] src/bench/activity.sh [EXISTING_DATA_FOLDER]   (a folder skips building the demo)
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests -Dcds.skip=true package
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
if [ $# -ge 1 ]; then
  DB=$1
else
  DB=$(mktemp -d)/db
  /usr/bin/time -f "demo --scale ${SCALE:-100}: %e s, %M KB" java -jar target/lotsenkontor.jar --db "$DB" demo \
    --scale "${SCALE:-100}" > /dev/null
fi
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1366x768-32 \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  de.ssg.lotsenkontor.bench.ActivityBenchmark "$DB"
[ $# -ge 1 ] || rm -rf "$(dirname "$DB")"
