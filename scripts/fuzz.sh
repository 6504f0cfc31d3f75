#!/usr/bin/env bash
# Runs every libFuzzer target of BUILD (fuzz/targets.txt) for SECONDS each, JOBS at a time, and
# prints one line per target: executions, corpus size, result. Usage: fuzz.sh BUILD SECONDS [JOBS]
# Logs go to BUILD/fuzz/logs/, crashing inputs to BUILD/fuzz/artifacts/; the grown corpora stay in
# BUILD/fuzz/corpus/NAME/work for the next run. Exits 1 when a target found a crash.
set -uo pipefail
build=$1 seconds=$2 jobs=${3:-2}
dir=$build/fuzz
mkdir -p "$dir/logs" "$dir/artifacts"

run_one() {
  local name=$1
  nice -n 10 "$dir/fuzz_$name" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=30 \
    -print_final_stats=1 -artifact_prefix="$dir/artifacts/$name-" \
    "$dir/corpus/$name/work" "$dir/corpus/$name/seeds" >"$dir/logs/$name.log" 2>&1
  echo $? >"$dir/logs/$name.rc"
}

running=0
while read -r name; do
  [ -n "$name" ] || continue
  run_one "$name" &
  running=$((running + 1))
  if [ "$running" -ge "$jobs" ]; then
    wait -n
    running=$((running - 1))
  fi
done <"$dir/targets.txt"
wait

status=0
printf '%-20s %12s %8s %s\n' target executions corpus result
while read -r name; do
  [ -n "$name" ] || continue
  log=$dir/logs/$name.log
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  corpus=$(ls "$dir/corpus/$name/work" | wc -l)
  if [ "$(cat "$dir/logs/$name.rc")" = 0 ]; then
    result=ok
  else
    result="CRASH (see $log)"
    status=1
  fi
  printf '%-20s %12s %8s %s\n' "$name" "${execs:-?}" "$corpus" "$result"
done <"$dir/targets.txt"
exit $status
