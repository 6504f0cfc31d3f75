#!/usr/bin/env python3
"""Writes a national-size art. 16 avviso and N candidature split over FILES files, valid against
schemas/avviso-1.xsd and schemas/candidature-1.xsd, for the benchmarks.
Deterministic (fixed seed, no clock): the same N and FILES always give the same bytes. Protocols
follow the order of arrival and are dealt round robin to the files, as offices send them in batches.
Every candidate is fictitious; codici fiscali are computed (DM 23/12/1976) from the invented data, so
a few people share one and the second application is excluded as a duplicate, as in real notices.
Usage: bench/make-candidature.py N OUT_DIR [FILES]   (FILES default 8)"""
import pathlib
import random
import sys
from datetime import date, datetime, timedelta

SEED = 20260302
AVVISO = "IT-NAZ-2026-0001"
PUBLICATION, OPEN, CLOSE = date(2026, 3, 2), date(2026, 3, 9), date(2026, 3, 23)
SURNAMES = """Rossi Bianchi Ferrari Russo Esposito Romano Colombo Ricci Marino Greco Bruno Gallo Conti De_Luca
Mancini Costa Giordano Rizzo Lombardi Moretti Barbieri Fontana Santoro Mariani Rinaldi Caruso Ferrara Galli
Martini Leone Longo Gentile Martinelli Vitale Lombardo Serra Coppola De_Santis D'Angelo Marchetti Parisi Villa
Conte Ferraro Fabbri Bernardi Bassi Gualandi Zanetti Montanari Casadei Tassinari Guidi Neri Pellegrini
Benedetti Grandi Mazzoni Zoli Sarti Ghetti Cattaneo Orlando Sala Pace Basile Sorrentino Cirillo Amato Messina
Fiore Riva Monti Donati Testa Bellini Farina Palumbo Ruggiero Morelli Silvestri Sanna Piras Melis""".replace("_", " ").split()
MEN = """Marco Luca Andrea Matteo Alessandro Davide Stefano Giuseppe Francesco Paolo Roberto Simone Fabio Mattia
Gabriele Riccardo Lorenzo Emanuele Ahmed Ion Antonio Salvatore Vincenzo Pietro Angelo""".split()
WOMEN = """Giulia Francesca Chiara Sara Martina Valentina Elisa Federica Silvia Anna Laura Alessia Elena Ilaria
Roberta Paola Barbara Monica Fatima Ioana Maria Rosa Angela Giovanna Teresa""".split()
PLACES = """A944 D704 C573 F257 H223 G337 D548 H199 H294 G535 F839 H501 G273 A662 L219 F205 L736 A271 D612 C351
B354 L424 A952 E506 Z129 Z100 Z330""".split()
STATUS = ["disoccupato"] * 8 + ["inoccupato", "occupato", "sospeso", None]
RELATIONS = ["figlio", "figlio", "coniuge", "genitore", "fratello", "altro"]
INVALIDITY = [0] * 12 + [50, 65, 66, 67, 100]
MONTHS = "ABCDEHLMPRST"
ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def name_part(text, first_name):
    letters = [c for c in text.upper() if "A" <= c <= "Z"]
    consonants = [c for c in letters if c not in "AEIOU"]
    vowels = [c for c in letters if c in "AEIOU"]
    if first_name and len(consonants) >= 4:
        consonants = [consonants[0], consonants[2], consonants[3]]
    return "".join((consonants + vowels + ["X"] * 3)[:3])


def check_character(first15):
    total = 0
    for i, c in enumerate(first15):
        value = int(c) if c.isdigit() else ord(c) - ord("A")
        total += ODD[value] if i % 2 == 0 else value
    return chr(ord("A") + total % 26)


SURNAME_CODES = {s: name_part(s, False) for s in SURNAMES}
NAME_CODES = {n: name_part(n, True) for n in MEN + WOMEN}


def candidatura(rng, protocol, at):
    sex = "M" if rng.random() < 0.5 else "F"
    surname = rng.choice(SURNAMES)
    name = rng.choice(MEN if sex == "M" else WOMEN)
    born = date(1962, 1, 1) + timedelta(days=rng.randrange(365 * 44))
    place = rng.choice(PLACES)
    day = born.day + (40 if sex == "F" else 0)
    head = f"{SURNAME_CODES[surname]}{NAME_CODES[name]}{born.year % 100:02d}{MONTHS[born.month - 1]}{day:02d}{place}"
    out = [f'  <candidatura protocollo="{protocol}">\n    <presentata>{at.isoformat()}</presentata>\n'
           f"    <persona>\n      <codice_fiscale>{head}{check_character(head)}</codice_fiscale>\n"
           f"      <cognome>{surname.replace(chr(39), '&apos;')}</cognome>\n      <nome>{name}</nome>\n"
           f"      <sesso>{sex}</sesso>\n      <nascita>{born.isoformat()}</nascita>\n"
           f"      <residenza>{rng.choice(PLACES[:24])}</residenza>\n    </persona>\n"]
    if rng.random() < 0.85:
        out.append(f"    <did>{(PUBLICATION - timedelta(days=rng.randrange(30, 2500))).isoformat()}</did>\n")
    status = rng.choice(STATUS)
    if status:
        out.append(f"    <stato_occupazionale>{status}</stato_occupazionale>\n")
    if rng.random() < 0.9:
        issued = date(2026, 1, rng.randrange(8, 31))
        out.append(f"    <isee>\n      <valore>{rng.randrange(0, 3500000) / 100:.2f}</valore>\n"
                   f"      <rilascio>{issued.isoformat()}</rilascio>\n      <scadenza>2026-12-31</scadenza>\n"
                   f"      <difformita>{'true' if rng.random() < 0.01 else 'false'}</difformita>\n    </isee>\n")
    dependants = rng.choice([0, 0, 0, 1, 1, 2, 3])
    if dependants:
        out.append("    <carichi_familiari>\n")
        for _ in range(dependants):
            birth = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 80))
            invalidity = rng.choice(INVALIDITY)
            out.append(f"      <familiare>\n        <relazione>{rng.choice(RELATIONS)}</relazione>\n"
                       f"        <nascita>{birth.isoformat()}</nascita>\n"
                       + (f"        <invalidita>{invalidity}</invalidita>\n" if invalidity else "")
                       + "      </familiare>\n")
        out.append("    </carichi_familiari>\n")
    out.append("    <dichiarazioni>\n      <scuola_obbligo>true</scuola_obbligo>\n"
               f"      <requisiti_generali>{'false' if rng.random() < 0.002 else 'true'}</requisiti_generali>\n"
               "    </dichiarazioni>\n")
    if rng.random() < 0.02:
        out.append("    <riserve>\n      <tipo>volontari_ff_aa</tipo>\n    </riserve>\n")
    if rng.random() < 0.5:
        out.append(f"    <mesi_disoccupazione>{rng.randrange(0, 60)}</mesi_disoccupazione>\n")
    out.append("  </candidatura>\n")
    return "".join(out)


def avviso_xml():
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<avviso xmlns="urn:gradus:avviso:1" id="{AVVISO}">
  <ente>
    <denominazione>Comune di Forlì</denominazione>
    <codice_fiscale>00607150406</codice_fiscale>
  </ente>
  <regione>08</regione>
  <profilo>
    <codice>8.1.4.2.0</codice>
    <descrizione>Addetti ai servizi di pulizia</descrizione>
  </profilo>
  <posti>500</posti>
  <contratto>
    <tipo>determinato</tipo>
    <ore_settimanali>36</ore_settimanali>
    <mesi>12</mesi>
  </contratto>
  <requisiti>
    <eta_minima>18</eta_minima>
    <scuola_obbligo>true</scuola_obbligo>
  </requisiti>
  <riserve>
    <riserva>
      <tipo>volontari_ff_aa</tipo>
      <posti>150</posti>
    </riserva>
  </riserve>
  <date>
    <pubblicazione>{PUBLICATION.isoformat()}</pubblicazione>
    <apertura>{OPEN.isoformat()}</apertura>
    <chiusura>{CLOSE.isoformat()}</chiusura>
    <riferimento_graduatoria>{CLOSE.isoformat()}</riferimento_graduatoria>
  </date>
</avviso>
"""


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    n, out, files = int(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) == 4 else 8
    rng = random.Random(SEED)
    out.mkdir(parents=True, exist_ok=True)
    (out / "avviso.xml").write_text(avviso_xml(), encoding="utf-8")
    start = datetime.combine(OPEN, datetime.min.time())
    window = (CLOSE - OPEN).days * 86400 + 86399
    streams = [open(out / f"candidature-{k + 1:02d}.xml", "w", encoding="utf-8") for k in range(files)]
    for s in streams:
        s.write(f'<?xml version="1.0" encoding="UTF-8"?>\n<candidature xmlns="urn:gradus:candidature:1" avviso="{AVVISO}">\n')
    for i in range(n):
        at = start + timedelta(seconds=window * i // max(n, 1))
        streams[i % files].write(candidatura(rng, f"2026/{i + 1:07d}", at))
    for s in streams:
        s.write("</candidature>\n")
        s.close()


if __name__ == "__main__":
    main()
