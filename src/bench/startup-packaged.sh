#!/usr/bin/env bash
# Start-up of the packaged app next to the jar, measured like startup.sh: wall clock from just
# before the process starts until the marks `window` (main window shown) and `data` (municipality
# table laid out with its rows), first start (new database) and later start, medians.
# Needs a display (starts Xvfb when DISPLAY is unset), the jar and the app-image:
#   mvn -q -DskipTests -Ppackage package && bash src/bench/startup-packaged.sh [RUNS] [LAUNCHER ...]
# Without LAUNCHER arguments it measures the app-image's launcher and, when the .deb is installed,
# /opt/lotsenkontor/bin/Lotsenkontor. The launchers get the probe through JAVA_TOOL_OPTIONS.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}
shift || true
launchers=("$@")
if [ ${#launchers[@]} = 0 ]; then
  launchers=(target/jpackage/image/Lotsenkontor/bin/Lotsenkontor)
  [ -x /opt/lotsenkontor/bin/Lotsenkontor ] && launchers+=(/opt/lotsenkontor/bin/Lotsenkontor)
fi

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  export DISPLAY=:97
  sleep 1
fi
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${xvfb:-}" ] && kill $xvfb' EXIT

wait_mark() { # probe-file mark start-millis
  for _ in $(seq 1 300); do
    if grep -q "^$2 " "$1" 2>/dev/null; then
      echo $(( $(grep "^$2 " "$1" | head -1 | cut -d' ' -f2) - $3 ))
      return
    fi
    sleep 0.05
  done
  echo "timeout"
}

run_once() { # db-folder command...
  local db=$1; shift
  local probe="$work/probe"; rm -f "$probe"
  local start; start=$(date +%s%3N)
  LK_PROBE="$probe" "$@" --db "$db" >/dev/null 2>&1 &
  local pid=$!
  local window data
  window=$(wait_mark "$probe" window "$start")
  data=$(wait_mark "$probe" data "$start")
  kill $pid; wait $pid 2>/dev/null || true
  echo "$window $data"
}

jar_fast() {
  exec java -XX:SharedArchiveFile=target/lotsenkontor.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx1g \
    -Dlotsenkontor.startupProbe="$LK_PROBE" -jar target/lotsenkontor.jar "$@"
}
jar_plain() { exec java -Dlotsenkontor.startupProbe="$LK_PROBE" -jar target/lotsenkontor.jar "$@"; }
packaged() { # launcher args...
  local launcher=$1; shift
  JAVA_TOOL_OPTIONS="-Dlotsenkontor.startupProbe=$LK_PROBE" exec "$launcher" "$@"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

# the variants take turns within each run, so a change in the machine's load hits all alike
labels=("jar, README run command (CDS + quick JIT)" "jar, plain java -jar")
commands=("jar_fast" "jar_plain")
for l in "${launchers[@]}"; do labels+=("packaged: $l"); commands+=("packaged $l"); done

for _ in $(seq 1 "$runs"); do
  for v in "${!commands[@]}"; do
    rm -rf "$work/db"
    # shellcheck disable=SC2086
    read -r w d < <(run_once "$work/db" ${commands[$v]}); echo "$w" >> "$work/w1.$v"; echo "$d" >> "$work/d1.$v"
    # shellcheck disable=SC2086
    read -r w d < <(run_once "$work/db" ${commands[$v]}); echo "$w" >> "$work/w2.$v"; echo "$d" >> "$work/d2.$v"
  done
done
for v in "${!commands[@]}"; do
  printf '%-60s window %5s / %5s ms   data %5s / %5s ms   (first / later start)\n' "${labels[$v]}" \
    "$(median < "$work/w1.$v")" "$(median < "$work/w2.$v")" "$(median < "$work/d1.$v")" "$(median < "$work/d2.$v")"
done
