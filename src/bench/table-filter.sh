#!/usr/bin/env bash
# Benchmark: one keystroke in the search field of the municipality table with every German
# municipality loaded (about 10,800 rows), from the key to the laid-out table. Headless (Monocle).
# Usage: src/bench/table-filter.sh [GV-ISys.xlsx]
set -euo pipefail
cd "$(dirname "$0")/../.."
FILE=${1:-../shared/data/31122023_Auszug_GV.xlsx}
mvn -B -q -DskipTests -Dcds.skip=true package
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-classpath.txt
DB=$(mktemp -d)/db
java -jar target/lotsenkontor.jar --db "$DB" import-directory "$FILE" --state all > /dev/null
java -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw -Dheadless.geometry=1600x1200-32 \
  -cp "target/test-classes:target/classes:$(cat target/test-classpath.txt)" \
  de.ssg.lotsenkontor.bench.TableFilterBenchmark "$DB"
rm -rf "$(dirname "$DB")"
