#include "sample_graduatoria.hpp"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace gradus::report::test {

namespace {

using art16::Component;

art16::Avviso sample_avviso() {
    art16::Avviso avviso;
    avviso.id = "AV-2025-017";
    avviso.body_name = "Comune di Forlì";
    avviso.body_codice_fiscale = "00606620409";
    avviso.region_code = "08";
    avviso.profile_code = "8.1.4.2.0";
    avviso.profile_description = "Operatore ecologico <addetto> & manutentore";
    avviso.posts = 2;
    avviso.reserved = {{"volontari_ff_aa", 1}};
    avviso.publication = Date::from_ymd(2025, 3, 3);
    avviso.applications_open = Date::from_ymd(2025, 3, 10);
    avviso.applications_close = Date::from_ymd(2025, 3, 21);
    avviso.ranking_date = Date::from_ymd(2025, 3, 3);
    return avviso;
}

criteria::Criteria sample_criteria() {
    criteria::Criteria c;
    c.id = "emilia-romagna-art16-2017";
    c.procedure = "art16";
    c.region_code = "08";
    c.region_name = "Emilia-Romagna";
    c.act = "DGR 1/2017 Allegato A";
    c.act_date = Date::from_ymd(2017, 1, 9);
    c.valid_from = Date::from_ymd(2017, 2, 1);
    c.sources = {{"S1", "DPR 487/1994 Tabella", "https://example.org/dpr487?a=1&b=2"},
                 {"S5", "DGR 1/2017 Allegato A", ""}};
    c.base = {Decimal(100), criteria::Verification::verified, "S1"};
    c.score_scale = 1;
    criteria::IseeRule isee;
    isee.step = {Decimal(1000), criteria::Verification::verified, "S5"};
    isee.points_per_step = {Decimal::parse("-0.1"), criteria::Verification::verified, "S5"};
    isee.missing_points = {Decimal(-25), criteria::Verification::verified, "S1"};
    c.isee = isee;
    c.did_bonus = criteria::DidBonusRule{{Decimal(7), criteria::Verification::secondary, "S5"}};
    c.dependants = criteria::DependantRule{{Decimal(1), criteria::Verification::verified, "S1"}, {}, {}};
    c.tie_breaks = {criteria::TieBreak::younger_first, criteria::TieBreak::protocol};
    return c;
}

art16::Candidatura person(std::string protocol, std::string codice_fiscale, std::string surname, std::string name,
                          Date birth) {
    art16::Candidatura c;
    c.birth = birth;
    c.protocol = std::move(protocol);
    c.codice_fiscale = std::move(codice_fiscale);
    c.surname = std::move(surname);
    c.name = std::move(name);
    return c;
}

art16::RankedCandidate ranked(std::size_t index, int position, const char* score,
                              std::vector<art16::ScoreComponent> components, art16::Esito esito,
                              std::string decided_by) {
    art16::RankedCandidate r;
    r.candidatura = index;
    r.position = position;
    r.score = Decimal::parse(score);
    r.components = std::move(components);
    r.esito = esito;
    r.decided_by = std::move(decided_by);
    r.explanation.add("base", "DPR 487/1994 Tabella", "100", "Punteggio base.");
    return r;
}

}  // namespace

art16::Graduatoria sample_graduatoria() {
    art16::Graduatoria g;
    g.avviso = sample_avviso();
    g.criteria = sample_criteria();
    g.candidature = {
        person("1043", "RSSMRA80A01D704X", "Rossi; \"Bianchi\"", "Mario", Date::from_ymd(1980, 1, 1)),
        person("1051", "FBBNCL95C12D704K", "Fabbri", "Nicolò", Date::from_ymd(1995, 3, 12)),
        person("1060", "NRENNA93E50D704Q", "=Neri", "Anna", Date::from_ymd(1993, 5, 10)),
        person("1077", "SPSGNR08E02F839U", "Esposito", "Gennaro", Date::from_ymd(2008, 5, 2)),
    };

    art16::RankedCandidate first =
        ranked(0, 1, "105.5",
               {{Component::base, Decimal(100)}, {Component::isee, Decimal::parse("-1.5")}, {Component::did, Decimal(7)}},
               art16::Esito::posto_riservato, "");
    first.reserve_kind = "volontari_ff_aa";
    first.explanation
        .add("isee.points", "DGR 1/2017 All. A punto 3", "-1.5",
             "ISEE 15.000,00 euro: 15 passi da 1.000 euro a -0,1 punti.")
        .inputs = {{"isee", "15000.00"}, {"passo", "1000.00"}};
    first.explanation.add("did.bonus", "DGR 1/2017 All. A punto 4", "7", "DID anteriore alla pubblicazione.");

    art16::RankedCandidate second =
        ranked(1, 2, "98.0",
               {{Component::base, Decimal(100)}, {Component::isee, Decimal(-4)}, {Component::carichi, Decimal(2)}},
               art16::Esito::posto, "punteggio");
    second.explanation.add("carichi.points", "DGR 1/2017 All. A punto 5", "2", "Due familiari a carico.")
        .inputs = {{"familiari_a_carico", "2"}};

    art16::RankedCandidate third =
        ranked(2, 3, "98.0", {{Component::base, Decimal(100)}, {Component::isee, Decimal(-2)}}, art16::Esito::idoneo,
               "piu_giovane");
    third.explanation.add("tie.piu_giovane", "DGR 1/2017 All. A punto 7", "dopo 1051",
                          "A parità di punteggio precede il più giovane.")
        .inputs = {{"nascita", "1993-05-10"}, {"nascita_precedente", "1995-03-12"}};

    g.ranked = {first, second, third};

    art16::Exclusion excluded;
    excluded.candidatura = 3;
    excluded.reason_code = "requisiti_eta";
    excluded.reason = "Età inferiore ai 18 anni alla data di pubblicazione dell'avviso.";
    excluded.explanation.add("requisiti.eta", "DPR 487/1994 art. 23", "17", "Età alla data di pubblicazione.")
        .inputs = {{"nascita", "2008-05-02"}, {"data_pubblicazione", "2025-03-03"}};
    g.excluded = {excluded};

    g.posts_reserved_filled = 1;
    return g;
}

namespace {

// Texts that need something from every format: CSV quoting and the formula guard, XML and HTML
// escaping, XML character references and U+FFFD for a control character.
const std::vector<std::string> awkward_surnames = {
    "Rossi", "Rossi; \"Bianchi\"", "D'Angelo", "=Neri", "Müller & Figli <srl>", "Tab\tulato", "A capo\r\nqui",
    "Ctrl\x01X", "+Piu", "-Meno", "@Chiocciola", "Forlì"};
const std::vector<std::string> given_names = {"Mario", "Nicolò", "Anna", "Gennaro", "Zoë", "Luca"};
const std::vector<std::string> deciding_keys = {"punteggio", "piu_giovane", "protocollo", "gruppo"};

std::string numbered(const char* prefix, std::size_t i) { return prefix + std::to_string(i); }

art16::Candidatura large_person(std::size_t i) {
    return person(numbered("2026/", 100000 + i), numbered("CF", 7919 * i % 1000003),
                  awkward_surnames[i % awkward_surnames.size()], given_names[i % given_names.size()],
                  Date::from_ymd(1960 + static_cast<int>(i % 40), 1 + static_cast<int>(i % 12), 1 + static_cast<int>(i % 28)));
}

std::vector<art16::ScoreComponent> large_components(std::size_t i) {
    std::vector<art16::ScoreComponent> components = {{Component::base, Decimal(100)}};
    if (i % 3 != 0) components.push_back({Component::isee, Decimal::from_units(-static_cast<std::int64_t>(i % 250), 1)});
    if (i % 5 == 0) components.push_back({Component::did, Decimal(7)});
    if (i % 7 == 0) components.push_back({Component::disoccupazione, Decimal::from_units(static_cast<std::int64_t>(i % 24) * 25, 2)});
    if (i % 4 == 1) components.push_back({Component::eta, Decimal(1)});
    if (i % 6 == 2) components.push_back({Component::carichi, Decimal(static_cast<std::int64_t>(i % 4))});
    if (i % 13 == 0) components.push_back({Component::base, Decimal(1)});  // a second base: the reports show the first
    return components;
}

Explanation large_explanation(std::size_t i) {
    Explanation explanation;
    explanation.add("base", "DPR 487/1994 Tabella", "100", "Punteggio base.");
    for (std::size_t step = 0; step < i % 4; ++step) {
        explanation
            .add(numbered("regola.", step), "DGR 1/2017 All. A punto " + std::to_string(step + 3),
                 numbered("-", i % 100), "Nota \"" + std::to_string(i) + "\" con <segni> & accenti: è, à;\tfine.")
            .inputs = {{"isee", numbered("1", i % 90000) + ".50"}, {"nota", "riga\nnuova"}};
    }
    return explanation;
}

}  // namespace

art16::Graduatoria large_sample_graduatoria(std::size_t ranked_count, std::size_t excluded_count) {
    art16::Graduatoria g;
    g.avviso = sample_avviso();
    g.avviso.posts = 50;
    g.avviso.reserved = {{"volontari_ff_aa", 5}, {"art. 18 c. 2 L. 68/1999", 5}};
    g.criteria = sample_criteria();
    g.criteria.groups = {{"disoccupati", "Disoccupati", {}, {}}, {"inoccupati", "Inoccupati & altri", {}, {}}};
    for (std::size_t i = 0; i < ranked_count + excluded_count; ++i) {
        g.candidature.push_back(large_person(i));
    }
    for (std::size_t i = 0; i < ranked_count; ++i) {
        art16::RankedCandidate r;
        r.candidatura = i;
        r.position = static_cast<int>(i + 1);
        r.group = static_cast<int>(i * 3 / ranked_count);  // the last third in no group
        r.score = Decimal::from_units(static_cast<std::int64_t>(12000 - i), 1);
        r.components = large_components(i);
        r.esito = i < 10 ? art16::Esito::posto_riservato : i < 50 ? art16::Esito::posto : art16::Esito::idoneo;
        if (i < 10) r.reserve_kind = g.avviso.reserved[i % 2].kind;
        r.decided_by = i == 0 ? "" : deciding_keys[i % deciding_keys.size()];
        r.explanation = large_explanation(i);
        g.ranked.push_back(std::move(r));
    }
    for (std::size_t i = 0; i < excluded_count; ++i) {
        art16::Exclusion e;
        e.candidatura = ranked_count + i;
        e.reason_code = i % 2 == 0 ? "duplicato" : "requisiti_eta";
        e.reason = i % 2 == 0 ? "Codice fiscale già presente; vale la candidatura \"precedente\"."
                              : "Età inferiore ai 18 anni alla data di pubblicazione dell'avviso.";
        e.explanation = large_explanation(i + 1);
        g.excluded.push_back(std::move(e));
    }
    g.posts_reserved_filled = 10;
    return g;
}

ReportContext sample_context() {
    return {"criteria/emilia-romagna-art16-2017.xml",
            "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "0.1.0", "run 12"};
}

std::vector<std::string> sample_personal_texts() {
    return {"Rossi", "Bianchi", "Mario", "Fabbri", "Nicol", "Neri", "Anna", "Esposito", "Gennaro",
            "RSSMRA80A01D704X", "FBBNCL95C12D704K", "NRENNA93E50D704Q", "SPSGNR08E02F839U",
            "1980-01-01", "1995-03-12", "1993-05-10", "2008-05-02", "01/01/1980", "12/03/1995", "10/05/1993",
            "02/05/2008", "15000", "15.000", "ISEE", "isee", "familiari", "carichi", "volontari_ff_aa",
            "requisiti_eta", "Età inferiore", "18 anni", "spiegazione", "piu_giovane"};
}

}  // namespace gradus::report::test
