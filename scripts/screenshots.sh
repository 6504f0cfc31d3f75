#!/usr/bin/env bash
# Takes docs/screenshots/*.png of each report kind from the newest demo job run, with Chromium
# headless. Run `make demo` first. Usage: scripts/screenshots.sh [DEMO_OUT]
set -euo pipefail
out=${1:-demo-out}
run=$(ls -d "$out"/reports/run-* | sort -t- -k2 -n | tail -n 1)
run=$(cd "$run" && pwd)
mkdir -p docs/screenshots
shot() {
  local profile
  profile=$(mktemp -d)
  /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --hide-scrollbars \
    --user-data-dir="$profile" --window-size=1400,1000 --screenshot="docs/screenshots/$2" "file://$run/$1" \
    >/dev/null 2>&1
  rm -rf "$profile"
  echo "docs/screenshots/$2 from $run/$1"
}
shot graduatoria/graduatoria.html graduatoria-interna.png
shot graduatoria/pubblica.html graduatoria-pubblica.png
shot obblighi/obblighi.html obblighi.png
shot lsu/lsu-ente.html lsu-ente.png
shot lsu/lsu-verifica.html lsu-verifica.png
shot servizi/servizi-D704X000001.html servizi.png
shot mirato/graduatoria.html mirato-graduatoria.png
shot mirato/pubblica.html mirato-pubblica.png
shot mirato/avviamento.html mirato-avviamento.png
