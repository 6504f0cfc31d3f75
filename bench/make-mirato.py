#!/usr/bin/env python3
"""Writes N people registered in the collocamento mirato lists (L. 68/1999 art. 8), split over FILES
provinces (one <iscritti> file each), in the format of schemas/mirato-iscritti-1.xsd, for the
benchmarks. Deterministic (fixed seed, no clock): the same N and FILES always give the same bytes.
Names, places and codici fiscali come from bench/make-candidature.py.
Usage: bench/make-mirato.py N OUT_DIR [FILES]   (FILES default 8)"""
import importlib.util
import pathlib
import random
import sys
from datetime import date, timedelta

HERE = pathlib.Path(__file__).resolve().parent
_spec = importlib.util.spec_from_file_location("make_candidature", HERE / "make-candidature.py")
cand = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(cand)

SEED = 19990312
# (ISTAT region, province sigla) of the provinces the files stand for, in turn.
PROVINCES = [("01", "TO"), ("03", "MI"), ("05", "VE"), ("08", "BO"), ("09", "FI"), ("12", "RM"), ("15", "NA"),
             ("19", "PA"), ("16", "BA"), ("20", "CA"), ("07", "GE"), ("03", "LC")]
CAPACITA = "lavoro_manuale_fine lavoro_in_piedi contatto_pubblico uso_computer lavoro_di_squadra".split()
CONTRO = "lavoro_in_quota turni_notturni esposizione_polveri carichi_pesanti guida_veicoli".split()
QUALIFICHE = "4.2.2.1.0 7.2.7.9.0 5.1.2.2.0 8.1.4.2.0 4.1.1.1.0 6.2.1.3.0".split()
TIPI = ["civile"] * 8 + ["lavoro", "guerra", "servizio"]


def iscritto(rng, numero):
    sex = "M" if rng.random() < 0.5 else "F"
    surname = rng.choice(cand.SURNAMES)
    name = rng.choice(cand.MEN if sex == "M" else cand.WOMEN)
    born = date(1960, 1, 1) + timedelta(days=rng.randrange(365 * 45))
    day = born.day + (40 if sex == "F" else 0)
    head = (f"{cand.SURNAME_CODES[surname]}{cand.NAME_CODES[name]}{born.year % 100:02d}"
            f"{cand.MONTHS[born.month - 1]}{day:02d}{rng.choice(cand.PLACES)}")
    disabili = rng.random() < 0.85
    out = [f'  <iscritto numero="{numero}">\n    <persona>\n'
           f"      <codice_fiscale>{head}{cand.check_character(head)}</codice_fiscale>\n"
           f"      <cognome>{surname.replace(chr(39), '&apos;')}</cognome>\n      <nome>{name}</nome>\n"
           f"      <sesso>{sex}</sesso>\n      <nascita>{born.isoformat()}</nascita>\n"
           f"      <residenza>{rng.choice(cand.PLACES[:24])}</residenza>\n    </persona>\n"
           f"    <iscrizione><lista>{'disabili' if disabili else 'art18'}</lista>"
           f"<data>{(date(2000, 1, 1) + timedelta(days=rng.randrange(9000))).isoformat()}</data></iscrizione>\n"]
    if disabili:
        out.append(f"    <invalidita><percentuale>{rng.randrange(46, 101)}</percentuale><tipo>{rng.choice(TIPI)}</tipo>"
                   f"<psichica_intellettiva>{'true' if rng.random() < 0.1 else 'false'}</psichica_intellettiva>"
                   "</invalidita>\n")
    if rng.random() < 0.8:
        out.append(f"    <reddito><anno>2024</anno><importo>{rng.randrange(0, 2500000) / 100:.2f}</importo></reddito>\n")
    if rng.random() < 0.7:
        out.append(f"    <isee><valore>{rng.randrange(0, 4000000) / 100:.2f}</valore>"
                   f"<rilascio>2025-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}</rilascio>"
                   "<scadenza>2025-12-31</scadenza><difformita>false</difformita></isee>\n")
    dependants = rng.choice([0, 0, 0, 1, 1, 2])
    if dependants:
        out.append("    <carichi_familiari>\n" + "".join(
            f"      <familiare><relazione>{rng.choice(cand.RELATIONS)}</relazione>"
            f"<nascita>{(date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 80))).isoformat()}</nascita></familiare>\n"
            for _ in range(dependants)) + "    </carichi_familiari>\n")
    status = rng.choice(cand.STATUS)
    if status:
        out.append(f"    <stato_occupazionale>{status}</stato_occupazionale>\n")
    if rng.random() < 0.8:
        out.append(f"    <did>{(date(2010, 1, 1) + timedelta(days=rng.randrange(5500))).isoformat()}</did>\n")
    out.append("    <note_funzionali>\n"
               + "".join(f"      <capacita>{c}</capacita>\n" for c in rng.sample(CAPACITA, rng.randrange(0, 3)))
               + "".join(f"      <controindicazione>{c}</controindicazione>\n" for c in rng.sample(CONTRO, rng.randrange(0, 3)))
               + f"      <difficolta_locomozione>{'true' if rng.random() < 0.15 else 'false'}</difficolta_locomozione>\n"
               + ("      <patente>B</patente>\n" if rng.random() < 0.6 else "")
               + "    </note_funzionali>\n")
    out.append("    <qualifiche>" + "".join(f"<qualifica>{q}</qualifica>" for q in rng.sample(QUALIFICHE, rng.randrange(1, 4)))
               + "</qualifiche>\n")
    if rng.random() < 0.05:
        out.append(f"    <avviato>{(date(2024, 1, 1) + timedelta(days=rng.randrange(600))).isoformat()}</avviato>\n")
    out.append("  </iscritto>\n")
    return "".join(out)


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    n, out, files = int(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) == 4 else 8
    rng = random.Random(SEED)
    out.mkdir(parents=True, exist_ok=True)
    for k in range(files):
        region, sigla = PROVINCES[k % len(PROVINCES)]
        count = n // files + (1 if k < n % files else 0)
        with open(out / f"iscritti-{k + 1:02d}-{sigla}.xml", "w", encoding="utf-8") as f:
            f.write(f'<?xml version="1.0" encoding="UTF-8"?>\n'
                    f'<iscritti xmlns="urn:gradus:mirato-iscritti:1" regione="{region}" provincia="{sigla}">\n')
            for i in range(count):
                f.write(iscritto(rng, f"{sigla}{k + 1:02d}{i + 1:07d}"))
            f.write("</iscritti>\n")


if __name__ == "__main__":
    main()
