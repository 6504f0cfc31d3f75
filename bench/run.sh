#!/usr/bin/env bash
# The national-scale report (issue 10): times gradus against the physical floors measured in the
# same run and prints the ratios. Builds nothing: it runs the binaries of $BUILD (default build/;
# `make bench` builds them first).
# Environment:
#   N          candidature (default 1000000), split over FILES files (default 8)
#   PROSPETTI  UNIPI prospetti (default N / 10)
#   THREADS    gradus --threads (default 0: all cores)
#   RUNS       how often the main comparison (floor and gradus rank) runs; medians (default 1)
#   BENCH_DIR  where the generated inputs are kept between runs (default /tmp/gradus-bench)
#   PG=0       skips the PostgreSQL measurements (COPY, the stored obligations batch)
#   MIRATO     people in generated collocamento mirato lists (one file per province): a validating
#              parse of them, then each province's annual graduatoria stored with every report
#              (default N; 0 skips them)
# Usage: bench/run.sh
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${N:-1000000}"
files="${FILES:-8}"
prospetti="${PROSPETTI:-$((n / 10))}"
threads="${THREADS:-0}"
runs="${RUNS:-1}"
bench_dir="${BENCH_DIR:-/tmp/gradus-bench}"
build="${BUILD:-build}"
[[ "$build" = /* ]] || build="$root/$build"
for tool in gradus gradus-floor gradus-store-rows; do
  [ -x "$build/$tool" ] || { echo "bench: no $build/$tool; run make bench" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time missing; run scripts/install-deps.sh" >&2; exit 1; }
# gradus puts glibc's heap on transparent huge pages (src/cli/huge_pages.cpp); every command of
# the report runs with the same setting, so that the floors get what gradus gets.
if [ -z "${GRADUS_HUGE_PAGES:-}" ] && grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
  export GLIBC_TUNABLES="${GLIBC_TUNABLES:+$GLIBC_TUNABLES:}glibc.malloc.hugetlb=1" GRADUS_HUGE_PAGES=1
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/gradus-run.XXXXXX")"
chmod 755 "$work"  # the throwaway PostgreSQL runs as postgres inside it
pg_dir="$work/pg"
cleanup() {
  [ ! -d "$pg_dir" ] || "$root/scripts/pg-harness.sh" stop "$pg_dir" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

# Generated inputs are deterministic, so they are kept and reused for the same sizes.
cand="$bench_dir/candidature-$n-$files"
if [ ! -f "$cand/.done" ]; then
  echo "bench: generating $n candidature in $cand" >&2
  rm -rf "$cand"
  "$root/bench/make-candidature.py" "$n" "$cand" "$files"
  touch "$cand/.done"
fi
pros="$bench_dir/prospetti-$prospetti"
if [ "$prospetti" -gt 0 ] && [ ! -f "$pros/.done" ]; then
  echo "bench: generating $prospetti prospetti in $pros" >&2
  rm -rf "$pros"
  "$root/bench/make-prospetti.py" "$prospetti" "$pros"
  touch "$pros/.done"
fi
cand_files=("$cand"/candidature-*.xml)
cand_mb="$(du -ck --apparent-size "${cand_files[@]}" | awk 'END {printf "%.1f", $1 / 1024}')"
workers=$([ "$threads" = 0 ] && nproc || echo "$threads")

median() { sort -g | awk '{v[NR] = $1} END {print v[int((NR + 1) / 2)]}'; }
field() { tr ' ' '\n' | awk -F= -v k="$1" '$1 == k {print $2}'; }  # value of k=v in a line
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2f", a / b}'; }
sum() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a + b}'; }
# Runs a command under /usr/bin/time -v; sets wall, cpu, rss_mb. Exit code 1 (some input records
# refused, the rest done) is accepted; anything else stops the benchmark.
timed() {
  local rc=0
  /usr/bin/time -v -o "$work/time.txt" "$@" || rc=$?
  [ "$rc" -le 1 ] || { echo "bench: $1 failed with exit code $rc" >&2; exit 1; }
  read -r wall cpu rss_mb < <(awk -F': ' '
    /User time/ {user = $2} /System time/ {sys = $2} /Maximum resident/ {rss = $2}
    /Elapsed \(wall clock\)/ {k = split($2, t, ":"); w = 0; for (i = 1; i <= k; i++) w = w * 60 + t[i]}
    END {printf "%.2f %.2f %.1f\n", w, user + sys, rss / 1024}' "$work/time.txt")
}
sax() { "$build/gradus-floor" sax "$@" | field seconds; }
# Reads files once so that the floors and gradus all find them in the page cache: otherwise
# whichever runs first pays for the disk, and at 100,000 prospetti that swung the floor 2.7-8.9 s.
warm() { find "$@" -type f -exec cat {} + >/dev/null; }

echo "== gradus national-scale benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
echo "machine:  $(nproc) cores, $(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)," \
     "$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)"
echo "load:     $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) before"
echo "heap:     GLIBC_TUNABLES=${GLIBC_TUNABLES:-} (every command, the floors too)"
echo "gradus:   $build/gradus --threads $threads ($workers workers)"
echo "input:    $n candidature in ${#cand_files[@]} files, $cand_mb MB; $prospetti prospetti"
echo

echo "-- floors: bare Xerces SAX2 over the candidature files (seconds)"
warm "${cand_files[@]}"
xsd="$root/schemas/candidature-1.xsd"
noval1="$(sax "$xsd" 0 1 "${cand_files[@]}")"
noval2="$(sax "$xsd" 0 2 "${cand_files[@]}")"
val1="$(sax "$xsd" 1 1 "${cand_files[@]}")"
printf '%-34s %8s %8s\n' "" "1 parser" "2 parsers"
printf '%-34s %8.2f %8.2f\n' "well-formedness only" "$noval1" "$noval2"

rank_walls=(); rank_cpus=(); rank_rss=(); floor_val2=(); floor_insert=(); floor_val2_cpu=(); floor_insert_cpu=()
stage_lines=(); full_walls=(); full_cpus=(); full_rss=(); full_stage_lines=()
# gradus rank into a fresh store; "$@": extra options. Sets wall, cpu, rss_mb and stages (the seconds,
# after a tab the peak MB at the end of each stage, after another the CPU seconds of each stage).
rank() {
  rm -rf "$work/out" "$work/gradus.db"
  timed "$build/gradus" rank --avviso "$cand/avviso.xml" --candidature "${cand_files[@]}" --out "$work/out" \
    --db "sqlite:$work/gradus.db" --threads "$threads" --data-dir "$root" --quiet --timings "$@" 2>"$work/rank.err"
  stages="$(grep '^timings:' "$work/rank.err")"$'\t'"$(grep '^peak_mb:' "$work/rank.err")"$'\t'"$(grep '^cpu_s:' "$work/rank.err")"
}
# This machine's speed drifts within minutes, so each gradus run is timed right after its floor and
# the ratio is also taken pair by pair.
pair_ratios=()
for run in $(seq 1 "$runs"); do
  rank
  full_walls+=("$wall"); full_cpus+=("$cpu"); full_rss+=("$rss_mb"); full_stage_lines+=("$stages")
  full_size="$(du -sh --apparent-size "$work/out" | cut -f1)"
  timed "$build/gradus-floor" sax "$xsd" 1 2 "${cand_files[@]}" >/dev/null
  floor_val2+=("$wall"); floor_val2_cpu+=("$cpu"); pair_floor="$wall"
  timed "$build/gradus-floor" insert "$work/raw.db" "$n" >/dev/null
  floor_insert+=("$wall"); floor_insert_cpu+=("$cpu"); pair_floor="$(sum "$pair_floor" "$wall")"
  rm -f "$work/raw.db"
  rank --reports graduatoria.csv
  rank_walls+=("$wall"); rank_cpus+=("$cpu"); rank_rss+=("$rss_mb"); stage_lines+=("$stages")
  pair_ratios+=("$(ratio "$wall" "$pair_floor")")
done
val2="$(printf '%s\n' "${floor_val2[@]}" | median)"
insert="$(printf '%s\n' "${floor_insert[@]}" | median)"
val2_cpu="$(printf '%s\n' "${floor_val2_cpu[@]}" | median)"
insert_cpu="$(printf '%s\n' "${floor_insert_cpu[@]}" | median)"
printf '%-34s %8.2f %8.2f\n' "validating (candidature-1.xsd)" "$val1" "$val2"
echo
echo "-- floor: raw SQLite prepared INSERT, $n rows x 9 columns, 2 indexes, one transaction"
echo "seconds:  $insert ($(awk -v n="$n" -v s="$insert" 'BEGIN {printf "%.0f", n / s}') rows/s)"
echo

rank_wall="$(printf '%s\n' "${rank_walls[@]}" | median)"
rank_cpu="$(printf '%s\n' "${rank_cpus[@]}" | median)"
rank_rss_mb="$(printf '%s\n' "${rank_rss[@]}" | median)"
floor="$(sum "$val2" "$insert")"
ranked_rows="$(wc -l < "$work/out/graduatoria.csv")"
echo "-- gradus rank --reports graduatoria.csv: parse, validate, score, rank, persist in SQLite (rows and"
echo "   input files), write the CSV and the scarti (median of $runs)"
echo "wall:     $rank_wall s   cpu: $rank_cpu s   peak RSS: $rank_rss_mb MB   graduatoria.csv: $ranked_rows lines"
for line in "${stage_lines[@]}"; do
  stage_s="${line%%$'\t'*}"; rest="${line#*$'\t'}"; stage_mb="${rest%%$'\t'*}"; stage_cpu="${rest#*$'\t'}"
  echo "stages:   ${stage_s#timings: }"; echo "peak MB:  ${stage_mb#peak_mb: }"; echo "cpu s:    ${stage_cpu#cpu_s: }"
done
floor_cpu="$(sum "$val2_cpu" "$insert_cpu")"
echo "floor:    wall $floor s (validating parse on 2 parsers $val2 s + raw insert $insert s), cpu $floor_cpu s"
echo "pairs:    ${pair_ratios[*]} (each run over the floor timed just before it)"
echo "RATIO:    $(printf '%s\n' "${pair_ratios[@]}" | median) x floor in wall time, median of the pairs (target <= 1.3);" \
     "$(ratio "$rank_wall" "$floor") x of the medians, $(ratio "$rank_cpu" "$floor_cpu") x in CPU time;" \
     "peak $rank_rss_mb MB (target < 1024)"
echo
full_wall="$(printf '%s\n' "${full_walls[@]}" | median)"
full_cpu="$(printf '%s\n' "${full_cpus[@]}" | median)"
full_rss_mb="$(printf '%s\n' "${full_rss[@]}" | median)"
echo "-- gradus rank with every report (graduatoria.xml with each explanation trail, .csv, .html, pubblica.*)"
echo "wall:     $full_wall s   cpu: $full_cpu s   peak RSS: $full_rss_mb MB   outputs: $full_size"
for line in "${full_stage_lines[@]}"; do
  stage_s="${line%%$'\t'*}"; rest="${line#*$'\t'}"; stage_mb="${rest%%$'\t'*}"; stage_cpu="${rest#*$'\t'}"
  echo "stages:   ${stage_s#timings: }"; echo "peak MB:  ${stage_mb#peak_mb: }"; echo "cpu s:    ${stage_cpu#cpu_s: }"
done
echo "ratio:    $(ratio "$full_wall" "$floor") x floor in wall time, $(ratio "$full_cpu" "$floor_cpu") x in CPU time"
echo

# The store of the last run above (graduatoria.csv and scarti.csv) is still there.
echo "-- an auditor's replay of that run: inputs read back from the store, every output recomputed and compared"
timed "$build/gradus" replay 1 --db "sqlite:$work/gradus.db" --threads "$threads" --data-dir "$root" >"$work/replay.txt"
echo "wall:     $wall s   cpu: $cpu s   peak RSS: $rss_mb MB   $(tail -n 1 "$work/replay.txt")"
echo

# One decision on the first candidatura: the whole ranking is computed again, before and after.
avviso_id="$(grep -o -m 1 'id="[^"]*"' "$cand/avviso.xml" | cut -d'"' -f2)"
cat >"$work/rettifiche.xml" <<XML
<?xml version="1.0" encoding="UTF-8"?>
<rettifiche xmlns="urn:gradus:rettifiche:1" avviso="$avviso_id" pubblicazione="2026-04-01">
  <rettifica protocollo="2026/0000001">
    <richiesta>2026-04-03</richiesta>
    <decisione riferimento="bench" data="2026-04-15"/>
    <isee><valore>20400.00</valore><rilascio>2026-02-10</rilascio><scadenza>2026-12-31</scadenza><difformita>false</difformita></isee>
  </rettifica>
</rettifiche>
XML
echo "-- a riesame of that run: one decision, the ranking computed before and after, the new run stored"
rm -rf "$work/riesame"
timed "$build/gradus" riesame 1 --rettifiche "$work/rettifiche.xml" --out "$work/riesame" --db "sqlite:$work/gradus.db" \
  --threads "$threads" --data-dir "$root" >"$work/riesame.txt"
echo "wall:     $wall s   cpu: $cpu s   peak RSS: $rss_mb MB   $(head -n 1 "$work/riesame.txt")"
rm -rf "$work/riesame"
echo

echo "-- what an office would do: the Emilia-Romagna ranking as one SQL query (ROW_NUMBER() OVER) in SQLite"
window="$("$build/gradus-floor" window "$work/window.db" "${cand_files[@]}")"
echo "read with bare SAX2: $(echo "$window" | field read_seconds) s, load: $(echo "$window" | field load_seconds) s," \
     "query: $(echo "$window" | field query_seconds) s, rows ranked: $(echo "$window" | field ranked)"
rm -f "$work/window.db"
echo

echo "-- store bulk path alone: $n graduatoria rows in one run"
sqlite_rows="$("$build/gradus-store-rows" "sqlite:$work/rows.db" "$n")"
echo "SQLite (prepared INSERT):   $(echo "$sqlite_rows" | field seconds) s, $(echo "$sqlite_rows" | field rows_per_second) rows/s"
rm -f "$work/rows.db"
if [ "${PG:-1}" != 0 ]; then
  "$root/scripts/pg-harness.sh" start "$pg_dir" >/dev/null
  pg_url="$("$root/scripts/pg-harness.sh" url "$pg_dir")"
  pg_rows="$("$build/gradus-store-rows" "$pg_url" "$n")"
  echo "PostgreSQL (COPY, fsync=off throwaway cluster): $(echo "$pg_rows" | field seconds) s," \
       "$(echo "$pg_rows" | field rows_per_second) rows/s (target >= 200000)"
  # The PostgreSQL floor: the same rows through a bare COPY from psql into the emptied table.
  pg_conninfo="${pg_url#postgresql://}"
  cf="'RSSMRA' || lpad(((i - 1) * 2654435761 % 4294967296)::text, 10, '0')"  # as floor_codice_fiscale
  rows_sql="SELECT 1::bigint, i, '2026/' || lpad(i::text, 7, '0'), $cf, '87', 'idonea', NULL::text, 'punteggio',"
  rows_sql="$rows_sql NULL::text FROM generate_series(1::bigint, $n) AS i"
  psql -q "$pg_conninfo" -v ON_ERROR_STOP=1 -c "\\copy ($rows_sql) TO '$work/rows.copy'" -c "TRUNCATE art16_graduatoria"
  timed psql -q "$pg_conninfo" -v ON_ERROR_STOP=1 -c "\\copy art16_graduatoria FROM '$work/rows.copy'"
  "$root/scripts/pg-harness.sh" stop "$pg_dir" >/dev/null
  echo "PostgreSQL floor (bare COPY of the same rows from psql): $wall s," \
       "$(awk -v n="$n" -v s="$wall" 'BEGIN {printf "%.0f", n / s}') rows/s"
fi
echo

if [ "$prospetti" -gt 0 ]; then
  pros_mb="$(du -sk --apparent-size "$pros" | awk '{printf "%.1f", $1 / 1024}')"
  echo "-- L. 68 obligations: $prospetti prospetti, $pros_mb MB (median of $runs)"
  warm "$pros"
  pros_floor_walls=(); pros_floor_cpus=(); pros_walls=(); pros_cpus=(); pros_rss=()
  pros_all_walls=(); pros_all_cpus=(); pros_all_rss=()
  pros_stage_lines=(); pros_pair_ratios=()
  # gradus obblighi --no-store on the prospetti; "$@": extra options. Sets wall, cpu, rss_mb and
  # stages (the --timings line).
  obblighi() {
    rm -rf "$work/obblighi"
    timed "$build/gradus" obblighi --prospetti "$pros" --as-of 2025-06-30 --out "$work/obblighi" --no-store \
      --threads "$threads" --data-dir "$root" --quiet --timings "$@" 2>"$work/obblighi.err"
    stages="$(grep '^timings:' "$work/obblighi.err")"
  }
  for run in $(seq 1 "$runs"); do
    timed "$build/gradus-floor" sax "$root/schemas/unipi-pid-1.xsd" 1 2 "$pros" >/dev/null
    pros_floor_walls+=("$wall"); pros_floor_cpus+=("$cpu")
    pros_pair_floor="$wall"
    obblighi --reports obblighi.csv
    pros_walls+=("$wall"); pros_cpus+=("$cpu"); pros_rss+=("$rss_mb"); pros_stage_lines+=("$stages")
    pros_pair_ratios+=("$(ratio "$wall" "$pros_pair_floor")")
    obblighi
    pros_all_walls+=("$wall"); pros_all_cpus+=("$cpu"); pros_all_rss+=("$rss_mb")
  done
  pros_all_size="$(du -sh --apparent-size "$work/obblighi" | cut -f1)"
  pros_val2="$(printf '%s\n' "${pros_floor_walls[@]}" | median)"
  pros_val2_cpu="$(printf '%s\n' "${pros_floor_cpus[@]}" | median)"
  wall="$(printf '%s\n' "${pros_walls[@]}" | median)"
  cpu="$(printf '%s\n' "${pros_cpus[@]}" | median)"
  rss_mb="$(printf '%s\n' "${pros_rss[@]}" | median)"
  all_wall="$(printf '%s\n' "${pros_all_walls[@]}" | median)"
  all_cpu="$(printf '%s\n' "${pros_all_cpus[@]}" | median)"
  all_rss="$(printf '%s\n' "${pros_all_rss[@]}" | median)"
  echo "floor:    validating parse on 2 parsers: wall $pros_val2 s, cpu $pros_val2_cpu s"
  echo "gradus obblighi --no-store --reports obblighi.csv (parse, select, recompute, the CSV and the scarti):"
  echo "          wall $wall s, cpu $cpu s, peak RSS $rss_mb MB"
  for line in "${pros_stage_lines[@]}"; do echo "stages:   ${line#timings: }"; done
  echo "pairs:    ${pros_pair_ratios[*]} (each run over the floor timed just before it)"
  echo "RATIO:    $(printf '%s\n' "${pros_pair_ratios[@]}" | median) x floor in wall time, median of the pairs" \
       "(target <= 1.3); $(ratio "$wall" "$pros_val2") x of the medians, $(ratio "$cpu" "$pros_val2_cpu") x in CPU time"
  echo "gradus obblighi --no-store, every report ($pros_all_size): wall $all_wall s, cpu $all_cpu s," \
       "peak RSS $all_rss MB; $(ratio "$all_wall" "$pros_val2") x in wall time, $(ratio "$all_cpu" "$pros_val2_cpu") x in CPU time"
  rm -rf "$work/obblighi" "$work/obblighi.db"
  timed "$build/gradus" obblighi --prospetti "$pros" --as-of 2025-06-30 --out "$work/obblighi" \
    --db "sqlite:$work/obblighi.db" --threads "$threads" --data-dir "$root" --quiet --timings 2>"$work/obblighi.err"
  echo "gradus obblighi stored in SQLite (every file and report in the run), once: wall $wall s, cpu $cpu s," \
       "peak RSS $rss_mb MB"
  echo "stages:   $(grep '^timings:' "$work/obblighi.err" | sed 's/^timings: //')"
  rm -rf "$work/obblighi" "$work/obblighi.db"
  if [ "${PG:-1}" != 0 ]; then
    "$root/scripts/pg-harness.sh" start "$pg_dir" >/dev/null
    pg_url="$("$root/scripts/pg-harness.sh" url "$pg_dir")"
    timed "$build/gradus" obblighi --prospetti "$pros" --as-of 2025-06-30 --out "$work/obblighi" \
      --db "$pg_url" --threads "$threads" --data-dir "$root" --quiet --timings 2>"$work/obblighi.err"
    "$root/scripts/pg-harness.sh" stop "$pg_dir" >/dev/null
    echo "gradus obblighi stored in PostgreSQL (the same, fsync=off throwaway cluster), once: wall $wall s," \
         "cpu $cpu s, peak RSS $rss_mb MB"
    echo "stages:   $(grep '^timings:' "$work/obblighi.err" | sed 's/^timings: //')"
    rm -rf "$work/obblighi"
  fi
  echo
fi
mirato="${MIRATO:-$n}"
if [ "$mirato" -gt 0 ] && [ -f "$root/schemas/mirato-iscritti-1.xsd" ]; then
  lists="$bench_dir/mirato-$mirato-$files"
  if [ ! -f "$lists/.done" ]; then
    rm -rf "$lists"
    "$root/bench/make-mirato.py" "$mirato" "$lists" "$files"
    touch "$lists/.done"
  fi
  lists_files=("$lists"/*.xml)
  lists_mb="$(du -ck --apparent-size "${lists_files[@]}" | awk 'END {printf "%.1f", $1 / 1024}')"
  echo "-- collocamento mirato list: $mirato people in ${#lists_files[@]} files, $lists_mb MB"
  warm "${lists_files[@]}"
  echo "floor:    validating parse on 2 parsers $(sax "$root/schemas/mirato-iscritti-1.xsd" 1 2 "${lists_files[@]}") s"
  # Each province's annual graduatoria as an office runs it: one stored run per list file, every
  # report. criteria/mirato/ has rules for a few regions only, so every province is ranked by the
  # Piemonte ones.
  rm -rf "$work/mirato.db" "$work/mirato"
  mirato_wall=0; mirato_cpu=0; mirato_rss=0
  for list in "${lists_files[@]}"; do
    timed "$build/gradus" mirato --iscritti "$list" --data-riferimento 2025-12-31 \
      --criteri "$root/criteria/mirato/piemonte-mirato-dgr7-6435-2023.xml" --allow-unknown \
      --out "$work/mirato/$(basename "$list" .xml)" --db "sqlite:$work/mirato.db" --threads "$threads" \
      --data-dir "$root" --quiet
    mirato_wall="$(sum "$mirato_wall" "$wall")"; mirato_cpu="$(sum "$mirato_cpu" "$cpu")"
    mirato_rss="$(echo "$rss_mb $mirato_rss" | awk '{print ($1 > $2) ? $1 : $2}')"
  done
  echo "gradus mirato, one stored run per province, every report: wall $mirato_wall s, cpu $mirato_cpu s," \
       "largest peak RSS $mirato_rss MB; outputs $(du -sh "$work/mirato" | cut -f1)"
  rm -rf "$work/mirato.db" "$work/mirato"
  echo
fi
echo "load:     $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min) after"
