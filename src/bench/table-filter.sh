#!/usr/bin/env bash
# Benchmark: one keystroke in the search fields of the municipality and navigator tables with
# every German municipality loaded (about 10,800) and demo navigators (SCALE, default 20, gives
# about 2,200), from the key to the laid-out view. Headless (Monocle).
# Usage: [SCALE=N] src/bench/table-filter.sh [GV-ISys.xlsx]
set -euo pipefail
cd "$(dirname "$0")/../.."
FILE=${1:-../shared/data/31122023_Auszug_GV.xlsx}
mvn -B -q -DskipTests -Dcds.skip=true package
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
DB=$(mktemp -d)/db
java -jar target/lotsenkontor.jar --db "$DB" import-directory "$FILE" --state all > /dev/null
java -jar target/lotsenkontor.jar --db "$DB" demo --scale "${SCALE:-20}" > /dev/null
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1200-32 \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  de.ssg.lotsenkontor.bench.TableFilterBenchmark "$DB"
rm -rf "$(dirname "$DB")"
