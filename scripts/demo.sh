#!/usr/bin/env bash
# The demo job: checks the store, ranks the demo avviso (Emilia-Romagna criteria) into
# DEMO_OUT/art16 recording the run in DEMO_OUT/gradus.db, replays that run (it must say
# "identical") and verifies the chain of runs. Usage: demo.sh BUILD_DIR DEMO_OUT
set -euo pipefail
build=${1:-build}
out=${2:-demo-out}
gradus="$build/gradus"
db="sqlite:$out/gradus.db"
mkdir -p "$out"

"$gradus" check-store --db "$db"

status=0
"$gradus" rank --db "$db" --out "$out/art16" \
  --avviso fixtures/art16/demo/avviso.xml \
  --candidature fixtures/art16/demo/candidature-1.xml fixtures/art16/demo/candidature-2.xml \
  >"$out/art16-summary.txt" 2>"$out/art16-rejected.txt" || status=$?
cat "$out/art16-summary.txt"
# The fixtures hold two records that break the schema on purpose: exit code 1 says some records
# were rejected (listed in scarti.csv); anything else is a failure.
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
  cat "$out/art16-rejected.txt" >&2
  echo "demo FAILED: gradus rank exited with $status" >&2
  exit 1
fi
for f in graduatoria.html graduatoria.csv graduatoria.xml pubblica.html pubblica.csv scarti.csv; do
  [ -s "$out/art16/$f" ] || { echo "demo FAILED: $out/art16/$f missing" >&2; exit 1; }
done
run=$(sed -n 's/^run: \([0-9]*\) .*/\1/p' "$out/art16-summary.txt")
"$gradus" replay "$run" --db "$db" | tail -n 1
"$gradus" verify --db "$db"
echo "rejected records (on purpose): $(($(wc -l <"$out/art16/scarti.csv") - 1)), see $out/art16/scarti.csv"
echo "demo ok: open $out/art16/graduatoria.html (staff) and $out/art16/pubblica.html (publication)"
