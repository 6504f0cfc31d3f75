#!/usr/bin/env bash
# Times `gradus obblighi --no-store` on N generated UNIPI prospetti (default 10000) and prints a
# short report. Builds nothing: it runs $BUILD/gradus (default build/) as it is.
# Environment: BUILD (build folder), THREADS (--threads, 0 = all cores), RUNS (timed runs, default 3;
# the report gives each run and the median).
# Usage: bench/obblighi.sh [N]
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-10000}"
build="${BUILD:-build}"
threads="${THREADS:-0}"
runs="${RUNS:-3}"
gradus="$build/gradus"
[[ "$gradus" = /* ]] || gradus="$root/$gradus"

[ -x "$gradus" ] || { echo "bench: no $gradus; build first (make build)" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time missing; run scripts/install-deps.sh" >&2; exit 1; }

work="$(mktemp -d "${TMPDIR:-/tmp}/gradus-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT

"$root/bench/make-prospetti.py" "$n" "$work/prospetti"
megabytes="$(du -sk --apparent-size "$work/prospetti" | awk '{printf "%.1f", $1 / 1024}')"

median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }

echo "machine: $(nproc) cores, $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)"
echo "gradus:  $gradus, --threads $threads ($([ "$threads" = 0 ] && echo "all $(nproc) cores" || echo "$threads workers"))"
echo "input:   $n prospetti, $megabytes MB"
printf '%-6s %8s %8s %10s %9s\n' run wall_s cpu_s peak_MB files/s
for run in $(seq 1 "$runs"); do
  rm -rf "$work/out"
  /usr/bin/time -v -o "$work/time.txt" "$gradus" obblighi --prospetti "$work/prospetti" --as-of 2025-06-30 \
    --out "$work/out" --no-store --threads "$threads" --data-dir "$root" --quiet
  awk -v run="$run" -v n="$n" -F': ' '
    /User time/ {user = $2} /System time/ {sys = $2} /Maximum resident/ {rss = $2}
    /Elapsed \(wall clock\)/ {k = split($2, t, ":"); wall = 0; for (i = 1; i <= k; i++) wall = wall * 60 + t[i]}
    END {printf "%-6s %8.2f %8.2f %10.1f %9.0f\n", run, wall, user + sys, rss / 1024, n / wall}' "$work/time.txt"
done | tee "$work/runs.txt"
printf '%-6s %8.2f %8.2f %10.1f %9.0f\n' median \
  "$(awk '{print $2}' "$work/runs.txt" | median)" "$(awk '{print $3}' "$work/runs.txt" | median)" \
  "$(awk '{print $4}' "$work/runs.txt" | median)" "$(awk '{print $5}' "$work/runs.txt" | median)"
