#!/usr/bin/env bash
# Start-up benchmark: how long until the main window is visible and until the municipality
# table shows its rows, compared with a bare JavaFX "hello" window on the same machine.
# Needs a display (starts Xvfb when DISPLAY is unset) and a built project:
#   mvn -q -DskipTests package && mvn -q test-compile && bash src/bench/startup.sh [RUNS]
# Times are wall clock from just before `java` starts until the marks the programs write.
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-10}

if [ -z "${DISPLAY:-}" ]; then
  Xvfb :97 -screen 0 1600x1000x24 >/dev/null 2>&1 &
  xvfb=$!
  trap 'kill $xvfb' EXIT
  export DISPLAY=:97
  sleep 1
fi

fast_flags=(-XX:SharedArchiveFile=target/lotsenkontor.jsa -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx1g)
work=$(mktemp -d)
trap 'rm -rf "$work"; [ -n "${xvfb:-}" ] && kill $xvfb' EXIT

# waits for the mark $2 in probe file $1, then prints "<mark> <millis since $3>"
wait_mark() {
  for _ in $(seq 1 300); do
    if grep -q "^$2 " "$1" 2>/dev/null; then
      echo $(( $(grep "^$2 " "$1" | head -1 | cut -d' ' -f2) - $3 ))
      return
    fi
    sleep 0.05
  done
  echo "timeout"
}

hello() { # flags...
  local probe="$work/probe"; rm -f "$probe"
  local start; start=$(date +%s%3N)
  java "$@" -Dlotsenkontor.startupProbe="$probe" -cp "target/test-classes:target/lib/*" \
    'de.ssg.lotsenkontor.bench.HelloFx$Main' >/dev/null 2>&1 &
  local pid=$!
  wait_mark "$probe" window "$start"
  wait $pid 2>/dev/null || true
}

app() { # db-folder flags...
  local db=$1; shift
  local probe="$work/probe"; rm -f "$probe"
  local start; start=$(date +%s%3N)
  java "$@" -Dlotsenkontor.startupProbe="$probe" -jar target/lotsenkontor.jar --db "$db" >/dev/null 2>&1 &
  local pid=$!
  local window data
  window=$(wait_mark "$probe" window "$start")
  data=$(wait_mark "$probe" data "$start")
  kill $pid; wait $pid 2>/dev/null || true
  echo "$window $data"
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : int((a[NR/2]+a[NR/2+1])/2))}'; }

report() { # label values-file
  printf '%-58s median %5s ms   (runs: %s)\n' "$1" "$(median < "$2")" "$(tr '\n' ' ' < "$2")"
}

for variant in plain fast; do
  # the hello window gets the same JIT option; our CDS archive does not fit its class path
  if [ $variant = plain ]; then flags=(); hello_flags=(); else flags=("${fast_flags[@]}"); hello_flags=(-XX:TieredStopAtLevel=1); fi
  : > "$work/hello"; : > "$work/w1"; : > "$work/d1"; : > "$work/w2"; : > "$work/d2"
  for i in $(seq 1 "$runs"); do
    hello "${hello_flags[@]}" >> "$work/hello"
    rm -rf "$work/db"
    read -r w d < <(app "$work/db" "${flags[@]}"); echo "$w" >> "$work/w1"; echo "$d" >> "$work/d1"
    read -r w d < <(app "$work/db" "${flags[@]}"); echo "$w" >> "$work/w2"; echo "$d" >> "$work/d2"
  done
  echo "== JVM options: ${flags[*]:-(none)}"
  report "bare JavaFX hello window (${hello_flags[*]:-no options})" "$work/hello"
  report "Lotsenkontor window, first start (new database)" "$work/w1"
  report "Lotsenkontor municipality data, first start" "$work/d1"
  report "Lotsenkontor window, later start" "$work/w2"
  report "Lotsenkontor municipality data, later start" "$work/d2"
done
