#!/usr/bin/env bash
# Benchmark: import-expenses of a DATEV booking batch of 100,000 bookings (Windows-1252, ";", the
# 125 columns of format version 700), whole command with JVM start, heap capped at 256 MB:
# read and previewed (--dry-run --json) and applied (one bulk transaction), on a database with the
# demo data. Targets: preview < 3 s, apply < 10 s. The apply runs RUNS times in turns with its floor,
# a bare JDBC batch insert of the same rows in one transaction (ExpenseImportFloor, test classes).
# Usage: src/bench/expense-import.sh [bookings] [runs]
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-100000}
RUNS=${2:-5}
[ -f target/lotsenkontor.jar ] || mvn -B -q -Dcds.skip=true -DskipTests package
WORK=$(mktemp -d)
DB=$WORK/db
java -jar target/lotsenkontor.jar --db "$DB" demo > /dev/null
# the first demo contract and its first year
REF=$(java -jar target/lotsenkontor.jar --db "$DB" contracts --json | grep -o '"reference":"[^"]*"' | head -1 | cut -d'"' -f4)
YEAR=$(java -jar target/lotsenkontor.jar --db "$DB" contracts --json | grep -o '"firstYear":[0-9]*' | head -1 | cut -d: -f2)
FILE=$WORK/EXTF_Buchungsstapel_bench.csv
awk -v n="$N" -v y="$YEAR" 'BEGIN {
  printf "\"EXTF\";700;21;\"Buchungsstapel\";9;%s0105102500000;;\"RE\";\"Bench\";\"\";1001;456;%s0101;4;%s0101;%s1231;\"Jahr\";\"\";1;;0;\"EUR\";;\"\";;;\"03\";;;\"\";\"\"\r\n", y, y, y, y;
  t = "Umsatz (ohne Soll/Haben-Kz);Soll/Haben-Kennzeichen;WKZ Umsatz;Kurs;Basisumsatz;WKZ Basisumsatz;Konto;Gegenkonto (ohne BU-Schlüssel);BU-Schlüssel;Belegdatum;Belegfeld 1;Belegfeld 2;Skonto;Buchungstext";
  for (i = 15; i <= 122; i++) t = t ";Zusatzinformation " i;
  printf "%s;Generalumkehr;Steuersatz;Land\r\n", t;
  split("4930 4940 4660 4910 4920 4950 4600 4806", acc, " ");
  fill = ""; for (i = 15; i <= 125; i++) fill = fill ";";
  for (i = 1; i <= n; i++) {
    d = (i % 28) + 1; m = (i % 12) + 1;
    printf "%d,%02d;\"S\";\"\";;;\"\";%s;1200;\"\";%02d%02d;\"BM-%06d\";\"\";;\"Beleg %d Bürobedarf – Lieferant %d\"%s\r\n", (i % 900) + 1, i % 100, acc[(i % 8) + 1], d, m, i, i, i % 97, fill;
  }
}' | iconv -f utf-8 -t windows-1252 > "$FILE"
echo "file: $(wc -l < "$FILE") lines, $(du -h "$FILE" | cut -f1), contract $REF"
PREVIEW="java -Xmx256m -jar target/lotsenkontor.jar --db $DB import-expenses $FILE --contract $REF --dry-run --json"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
if command -v hyperfine > /dev/null; then
  hyperfine --warmup 1 --runs "$RUNS" --export-markdown /dev/stdout "$PREVIEW"
else
  for i in $(seq "$RUNS"); do /usr/bin/time -f "preview wall %e s, max RSS %M KB" $PREVIEW > /dev/null; done
fi
$PREVIEW | grep -o '"counts":{[^}]*}'
# apply and its floor (a bare JDBC batch insert of the same rows, ExpenseImportFloor) in turns,
# each on a fresh copy of the database
CP="target/test-classes:$(ls target/lib/h2-*.jar)"
[ -f target/test-classes/de/ssg/lotsenkontor/bench/ExpenseImportFloor.class ] || mvn -B -q test-compile
for i in $(seq "$RUNS"); do
  rm -rf "$WORK/apply" "$WORK/floor"; cp -r "$DB" "$WORK/apply"; cp -r "$DB" "$WORK/floor"
  /usr/bin/time -f "apply wall %e s, user %U s, max RSS %M KB, exit %x" \
    java -Xmx256m -jar target/lotsenkontor.jar --db "$WORK/apply" import-expenses "$FILE" --contract "$REF" --json \
    | grep -o '"counts":{[^}]*}'
  echo "  file after the apply: $(du -m "$WORK/apply/lotsenkontor.mv.db" | cut -f1) MB"
  /usr/bin/time -f "floor wall %e s, user %U s, max RSS %M KB" \
    java -Xmx256m -cp "$CP" de.ssg.lotsenkontor.bench.ExpenseImportFloor "$WORK/floor" "$N" "$YEAR"
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -rf "$WORK"
