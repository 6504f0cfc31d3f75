#!/usr/bin/env python3
"""Writes N synthetic UNIPI prospetti, valid against schemas/unipi-pid-1.xsd, for the benchmarks.
Deterministic (fixed seed): the same N always gives the same bytes. Employers are spread over every
province of data/l68/comuni.csv, from 15 to 5,000 workers per province, one to four provinces each,
with part-time, disabled, excluded and telework workers, esoneri, suspensions and some late sends.
The quadro 3 figures follow a simplified rule, so some of them differ from the recomputed ones.
Usage: bench/make-prospetti.py N OUT_DIR"""
import pathlib
import random
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
NS = "http://servizi.lavoro.gov.it/UNIPI"
SEED = 20250131
EXCLUDED = ("0001", "0002", "0003")
HOURS = ("40:00", "38:00", "36:00")


def provinces():
    """The first comune (Belfiore code) of each province, in province order."""
    first = {}
    for line in (ROOT / "data/l68/comuni.csv").read_text(encoding="utf-8").splitlines():
        fields = line.split(";")
        if line.startswith("#") or fields[0] == "belfiore":
            continue
        first.setdefault(fields[1], fields[0])
    return sorted(first.items())


def workers(tag, full, pt):
    rows = "".join(f"<parttime><nlavoratoriparttime>{n}</nlavoratoriparttime><orariosettimanalecontrattuale>{c}"
                   f"</orariosettimanalecontrattuale><orariosettimanaleparttime>{h}</orariosettimanaleparttime></parttime>"
                   for n, c, h in pt)
    return f"<{tag}><nlavoratoritempopieno>{full}</nlavoratoritempopieno>{rows}</{tag}>"


def part_time(rng, most):
    rows = []
    for _ in range(rng.randint(0, 3)):
        contract = rng.choice(HOURS)
        rows.append((rng.randint(1, max(1, most)), contract, f"{rng.randint(8, 30):02d}:{rng.choice((0, 30)):02d}"))
    return rows


def quota(base):
    if base < 15:
        return 0
    if base <= 35:
        return 1
    if base <= 50:
        return 2
    return round(base * 0.07)


def province_block(rng, prov, comune, n):
    """Quadro 2 for one province and the figures its quadro 3 row declares."""
    disabled = rng.randint(0, max(1, n // 15))
    excluded = [(c, rng.randint(1, max(1, n // 20))) for c in rng.sample(EXCLUDED, rng.randint(0, 2))]
    pt = part_time(rng, n // 10)
    x = [f"<quadro2><datiprovinciali><provincia>{prov}</provincia><sederiferimento><comune>{comune}</comune>"
         f"<indirizzo>Via Roma 1</indirizzo></sederiferimento></datiprovinciali>",
         f"<personaledipendente><nlavoratori>{n}</nlavoratori>",
         workers("disabili", disabled, part_time(rng, 2)), workers("centralinisti", rng.randint(0, 1), ()),
         workers("massofisioterapisti", 0, ()), workers("telelavoro", rng.randint(0, n // 50), ())]
    x += [f"<categorieescluse><categoria>{c}</categoria><numero>{k}</numero></categorieescluse>" for c, k in excluded]
    x += [f"<dettaglioparttime><numero>{k}</numero><orariosettimanalecontrattuale>{c}</orariosettimanalecontrattuale>"
          f"<orariosettimanaleparttime>{h}</orariosettimanaleparttime></dettaglioparttime>" for k, c, h in pt]
    x.append(f"<categorieprotette>{rng.randint(0, max(1, n // 100))}</categorieprotette>")
    x.append("</personaledipendente><personalenondipendente>" + workers("lavoratoridisabilisomministrati", rng.randint(0, 1), ())
             + workers("lavoratoridisabiliconv12bis14", 0, ()) + "</personalenondipendente>")
    if rng.random() < 0.03:
        x.append(f"<sospensioni><stato>E</stato><causale>1</causale><datafinesospensione>2025-06-30</datafinesospensione>"
                 f"<numerolavoratori>{rng.randint(1, max(1, n // 5))}</numerolavoratori></sospensioni>")
    if rng.random() < 0.05:
        x.append(f"<esoneri><stato>{rng.choice('EF')}</stato><dataatto>2024-02-01</dataatto><estremiatto>Det. 12/2024</estremiatto>"
                 f"<finoal>2025-12-31</finoal><percentuale>{rng.choice((20, 40, 60))}</percentuale></esoneri>")
    base = max(0, n - disabled - sum(k for _, k in excluded))
    return "".join(x) + "</quadro2>", (base, base, quota(base), 1 if base > 50 else 0, 0, disabled)


def declared(b3, b18, qd, qc, es, dis, prov=None):
    sd = max(0, qd - dis - es)
    if prov is None:
        return (f"<riepilogonazionale><numLavBaseComputoArt3>{b3}</numLavBaseComputoArt3><numLavBaseComputoArt18>{b18}</numLavBaseComputoArt18>"
                f"<quotariservadisabili>{qd}</quotariservadisabili><quotariservacatprotette>{qc}</quotariservacatprotette><esoneri>{es}</esoneri>"
                f"<disabili>{dis}</disabili><catprotette>0</catprotette><quotaesuberiArt18>0</quotaesuberiArt18>"
                f"<scoperturedisabili>{sd}</scoperturedisabili><scoperturecatprotette>{qc}</scoperturecatprotette>"
                f"<sospensioniincorso>N</sospensioniincorso></riepilogonazionale>")
    return (f"<elencoriepilogativoprovinciale><provincia>{prov}</provincia><numLavBaseComputoArt3>{b3}</numLavBaseComputoArt3>"
            f"<numLavBaseComputoArt18>{b18}</numLavBaseComputoArt18><disabili>{dis}</disabili><catprotette>0</catprotette>"
            f"<quotariservadisabili>{qd}</quotariservadisabili><quotariservacatprotette>{qc}</quotariservacatprotette>"
            f"<esonerati>{es}</esonerati><scoperturedisabili>{sd}</scoperturedisabili><scoperturecatprotette>{qc}</scoperturecatprotette>"
            f"<sospensioniincorso>N</sospensioniincorso></elencoriepilogativoprovinciale>")


def prospetto(rng, k, places):
    chosen = rng.sample(places, rng.choices((1, 2, 3, 4), weights=(80, 12, 5, 3))[0])
    blocks = [province_block(rng, prov, comune, int(15 * (5000 / 15) ** (rng.random() ** 2))) for prov, comune in chosen]
    n = sum(int(q.split("<nlavoratori>")[1].split("<")[0]) for q, _ in blocks)
    totals = [sum(f[i] for _, f in blocks) for i in range(6)]
    totals[2], totals[3] = quota(totals[0]), 1 if totals[0] > 50 else 0
    band = "" if totals[0] < 15 else "C" if totals[0] <= 35 else "B" if totals[0] <= 50 else "A"
    code = f"PI25{k:012d}"
    late = rng.random() < 0.04
    invio = f"2025-02-{rng.randint(1, 28):02d}T10:00:00" if late else f"2025-01-{rng.randint(2, 31):02d}T10:00:00"
    q3 = declared(*totals) + "".join(declared(*f, prov=prov) for (prov, _), (_, f) in zip(chosen, blocks))
    return (f'<?xml version="1.0" encoding="UTF-8"?>\n<prospetto xmlns="{NS}" codicecomunicazione="{code}" dataInvio="{invio}" '
            f'e-mailDelegato="studio@example.it" protocollo="{code[-8:]}" versione="PIDISABILI001600">\n'
            f"<quadro1><datiprospetto><datariferimento>2024-12-31</datariferimento><capogruppo>N</capogruppo>"
            f"<nlavoratorinazionali>{n}</nlavoratorinazionali>{f'<categoriaazienda>{band}</categoriaazienda>' if band else ''}"
            f"<nessunaassunzioneaggiuntiva>S</nessunaassunzioneaggiuntiva></datiprospetto>"
            f"<datiaziendali><dichiarante><tipologiadichiarante>A</tipologiadichiarante><codicefiscale>{20000000000 + k}</codicefiscale>"
            f"<denominazione>Azienda {k} srl</denominazione><settore>25.62.00</settore><ccnl>011</ccnl></dichiarante>"
            f"<sedelegale><comunesedelegale>{chosen[0][1]}</comunesedelegale><indirizzosedelegale>Via Garibaldi 10</indirizzosedelegale>"
            f"</sedelegale><referente><cognome>Rossi</cognome><nome>Mario</nome></referente></datiaziendali></quadro1>\n"
            + "\n".join(q for q, _ in blocks) + f"\n<quadro3>{q3}</quadro3>\n<tipocomunicazione>01</tipocomunicazione>\n</prospetto>\n")


def main():
    if len(sys.argv) != 3:
        sys.exit(__doc__.splitlines()[-1])
    count, out = int(sys.argv[1]), pathlib.Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(SEED)
    places = provinces()
    for k in range(1, count + 1):
        (out / f"{k:06d}.xml").write_text(prospetto(rng, k, places), encoding="utf-8")


if __name__ == "__main__":
    main()
