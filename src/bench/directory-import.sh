#!/usr/bin/env bash
# Benchmark: import-directory (dry run) of the all-Germany GV-ISys file, whole command with JVM
# start, on a database that already holds the 418 Saxon municipalities, heap capped at 256 MB.
# Usage: src/bench/directory-import.sh [GV-ISys.xlsx] [runs]     (results: src/bench/directory-import.md)
set -euo pipefail
cd "$(dirname "$0")/../.."
FILE=${1:-../shared/data/31122023_Auszug_GV.xlsx}
RUNS=${2:-10}
[ -f target/lotsenkontor.jar ] || mvn -B -q -Dcds.skip=true -DskipTests package
DB=$(mktemp -d)/db
# the first command creates the database and loads the bundled 418 municipalities
java -jar target/lotsenkontor.jar --db "$DB" import-directory "$FILE" --dry-run > /dev/null
CMD="java -Xmx256m -jar target/lotsenkontor.jar --db $DB import-directory $FILE --state all --dry-run"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
hyperfine --warmup 2 --runs "$RUNS" --export-markdown /dev/stdout "$CMD"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
# peak memory of one run (maximum resident set size of the whole JVM, heap capped at 256 MB)
/usr/bin/time -f "wall %e s, user %U s, sys %S s, max RSS %M KB, exit %x" $CMD > /dev/null
rm -rf "$(dirname "$DB")"
