#!/usr/bin/env bash
# The demo job on the fixtures, with the embedded SQLite store DEMO_OUT/gradus.db:
#   1. check the store;
#   2. rank the demo avviso (art. 16, Emilia-Romagna criteria) into DEMO_OUT/art16;
#   3. recompute the obligations of a folder of UNIPI prospetti (L. 68/1999) into DEMO_OUT/l68;
#   4. check the candidates of an LSU project (art. 7 D.Lgs. 468/1997) into DEMO_OUT/lsu;
#   4b. rank the collocamento mirato lists of a province (annual graduatoria, Lecco) into DEMO_OUT/mirato,
#       and propose people for employers' requests and a prospetto's posti di lavoro (avviamento);
#   5. record the operators' services and write the office's due/overdue report (DEMO_OUT/servizi),
#      then show one person's history, with the service the ranking recorded for her;
#   6. replay the ranking (it must say "identical") and verify the chain of runs.
# The fixtures hold broken records on purpose: a step that exits 1 (some records refused, listed
# in its scarti.csv) is expected; any other failure stops the demo. Usage: demo.sh BUILD DEMO_OUT
set -euo pipefail
build=${1:-build}
out=${2:-demo-out}
gradus="$build/gradus"
db="sqlite:$out/gradus.db"
mkdir -p "$out"

# Runs one step; exit code 1 means "done, some input records refused" and is accepted.
step() {
  local name=$1
  shift
  local status=0
  "$gradus" "$@" --db "$db" >"$out/$name-summary.txt" 2>"$out/$name-rejected.txt" || status=$?
  cat "$out/$name-summary.txt"
  if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
    cat "$out/$name-rejected.txt" >&2
    echo "demo FAILED: gradus $1 exited with $status" >&2
    exit 1
  fi
}

"$gradus" check-store --db "$db"

step art16 rank --out "$out/art16" --ufficio D704X000001 --avviso fixtures/art16/demo/avviso.xml \
  --candidature fixtures/art16/demo/candidature-1.xml fixtures/art16/demo/candidature-2.xml
step l68 obblighi --out "$out/l68" --as-of 2025-06-30 --prospetti fixtures/l68/prospetti fixtures/l68/scartati
step lsu lsu --out "$out/lsu" --ufficio D704X000001 --as-of 2026-03-20 --progetto fixtures/lsu/art7-468/progetto.xml
step mirato mirato --out "$out/mirato" --ufficio E507X000001 --allow-unknown --data-riferimento 2025-12-31 \
  --iscritti fixtures/mirato/lecco-iscritti.xml \
  --richieste fixtures/mirato/richieste/richieste.xml --prospetti fixtures/mirato/prospetti --data-avviamento 2026-03-12
step servizi servizi --out "$out/servizi" --as-of 2026-04-01 --sistema 08 \
  --registra fixtures/services/demo/erogati.xml --eventi fixtures/services/demo/eventi.xml
"$gradus" persona LNELRA83S63G337V --db "$db" --as-of 2026-04-01 --eventi fixtures/services/demo/eventi.xml \
  2>/dev/null | head -n 12 || true

for f in art16/graduatoria.html art16/pubblica.html l68/obblighi.html l68/obblighi.csv lsu/lsu-ente.html lsu/lsu-verifica.html; do
  [ -s "$out/$f" ] || { echo "demo FAILED: $out/$f missing" >&2; exit 1; }
done

run=$(sed -n 's/^run: \([0-9]*\) .*/\1/p' "$out/art16-summary.txt")
"$gradus" replay "$run" --db "$db" | tail -n 1
"$gradus" verify --db "$db"
echo "demo ok: reports in $out:"
echo "  art. 16 graduatoria  $out/art16/graduatoria.html (staff), $out/art16/pubblica.html (publication)"
echo "  L. 68 obligations    $out/l68/obblighi.html"
echo "  LSU checks           $out/lsu/lsu-ente.html (for the body), $out/lsu/lsu-verifica.html (internal)"
echo "  collocamento mirato  $out/mirato/graduatoria.html (staff), $out/mirato/pubblica.html (publication)"
echo "  avviamento (L. 68)   $out/mirato/avviamento.html (staff), $out/mirato/pubblica-avviamento.html (publication)"
echo "  services (LEP)       $(ls "$out"/servizi/servizi-*.html | tr '\n' ' ')"
