#!/usr/bin/env bash
# The demo: the job jobs/demo.job, run the way an office runs its scheduled jobs, in the scratch
# folder DEMO_OUT (its SQLite store is DEMO_OUT/gradus.db):
#   - copies the fixtures into DEMO_OUT/intake/ (the repository's files are never moved);
#   - gradus job run jobs/demo.job: checks the store, ranks the demo avviso (art. 16,
#     Emilia-Romagna criteria, recording a service per person), recomputes the obligations of a
#     folder of UNIPI prospetti (L. 68/1999), checks an LSU project, ranks a province's
#     collocamento mirato lists (L. 68/1999 art. 8) and proposes an avviamento, records the operators'
#     services and writes the office's due/overdue report, replays the ranking (it must say
#     "identical") and verifies the chain of runs; each step is a stored run, and each intake
#     folder moves to intake/*/done/ once its step has committed;
#   - shows one person's history, with the service the ranking recorded for her.
# The fixtures hold broken records on purpose: the job exits 1 (records refused, listed in each
# step's scarti.csv); any other status stops the demo. Usage: demo.sh BUILD DEMO_OUT
set -euo pipefail
build=${1:-build}
out=${2:-demo-out}
root=$(pwd)
gradus="$root/$build/gradus"
[ "${build#/}" != "$build" ] && gradus="$build/gradus"
mkdir -p "$out"
cd "$out"

# A fresh intake each time: the scratch folder's earlier intake and reports go.
rm -rf intake reports notifiche.txt job.log
mkdir -p intake/art16 intake/l68 intake/lsu intake/mirato intake/servizi
cp "$root"/fixtures/art16/demo/avviso.xml "$root"/fixtures/art16/demo/candidature-*.xml intake/art16/
cp "$root"/fixtures/l68/prospetti/*.xml "$root"/fixtures/l68/scartati/*.xml intake/l68/
cp "$root"/fixtures/lsu/art7-468/progetto.xml intake/lsu/
cp "$root"/fixtures/mirato/lecco-iscritti.xml "$root"/fixtures/mirato/richieste/richieste.xml \
  "$root"/fixtures/mirato/prospetti/35-posti-lavoro.xml intake/mirato/
cp "$root"/fixtures/services/demo/erogati.xml "$root"/fixtures/services/demo/eventi.xml intake/servizi/

status=0
"$gradus" job run "$root/jobs/demo.job" --today 2026-04-01 --log job.log >job.txt || status=$?
cat job.txt
if [ "$status" -ne 0 ] && [ "$status" -ne 1 ]; then
  echo "demo FAILED: gradus job run exited with $status (log: $out/job.log)" >&2
  exit 1
fi
grep -q "identical" reports/run-*/replay.txt || { echo "demo FAILED: the replay is not identical" >&2; exit 1; }

echo
"$gradus" persona LNELRA83S63G337V --db sqlite:gradus.db --as-of 2026-04-01 \
  --eventi "$root/fixtures/services/demo/eventi.xml" 2>/dev/null | head -n 12 || true

run=$(ls -d reports/run-* | sed 's/.*run-//' | sort -n | tail -n 1)
r="$out/reports/run-$run"
for f in graduatoria/graduatoria.html graduatoria/pubblica.html obblighi/obblighi.html lsu/lsu-ente.html lsu/lsu-verifica.html \
         mirato/graduatoria.html mirato/pubblica.html; do
  [ -s "reports/run-$run/$f" ] || { echo "demo FAILED: $r/$f missing" >&2; exit 1; }
done
echo
echo "demo ok: job run $run, log $out/job.log, reports in $r:"
echo "  art. 16 graduatoria  $r/graduatoria/graduatoria.html (staff), $r/graduatoria/pubblica.html (publication)"
echo "  L. 68 obligations    $r/obblighi/obblighi.html"
echo "  LSU checks           $r/lsu/lsu-ente.html (for the body), $r/lsu/lsu-verifica.html (internal)"
echo "  collocamento mirato  $r/mirato/graduatoria.html (staff), $r/mirato/pubblica.html (publication)"
echo "  avviamento (L. 68)   $r/mirato/avviamento.html (staff), $r/mirato/pubblica-avviamento.html (publication)"
echo "  services (LEP)       $(ls "reports/run-$run"/servizi/servizi-*.html | sed "s|^|$out/|" | tr '\n' ' ')"
echo "  intake moved to      $out/intake/*/done/run-$run-*"
