#include "gradus/l68/discrepancy.hpp"
#include "gradus/l68/obligation.hpp"
#include "gradus/l68/selection.hpp"

#include "fixture_support.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace gradus;
using namespace gradus::l68;
using namespace gradus::l68::test;

namespace {

struct Expected {
    const char* file;
    const char* category;
    std::int64_t base3, base18, quota_d, quota_c, exempted, disabled, protected_c, short_d, short_c;
    bool suspension;
};

// The national row of each fixture, computed by hand in fixtures/l68/make-fixtures.py's comments.
const Expected national[] = {
    {"01-soglia-14", "", 14, 14, 0, 0, 0, 0, 0, 0, 0, false},          // art. 3 c. 1: below 15
    {"02-soglia-15", "C", 15, 15, 1, 0, 0, 0, 0, 1, 0, false},         // art. 3 c. 1 lett. c
    {"03-soglia-35", "C", 35, 35, 1, 0, 0, 1, 0, 0, 0, false},         // 36 - 1 disabled
    {"04-soglia-36", "B", 36, 36, 2, 0, 0, 1, 0, 1, 0, false},         // art. 3 c. 1 lett. b
    {"05-soglia-50", "B", 50, 50, 2, 0, 0, 0, 0, 2, 0, false},
    {"06-soglia-51", "A", 51, 51, 4, 1, 0, 0, 0, 4, 1, false},         // 3,57 -> 4; art. 18: 1
    {"07-base-150", "A", 150, 150, 10, 1, 0, 0, 0, 10, 1, false},      // 10,50 -> 10
    {"08-base-151", "A", 151, 151, 11, 2, 0, 0, 0, 11, 2, false},      // 10,57 -> 11; 1,51 -> 2
    {"09-parttime-050", "A", 57, 57, 4, 1, 0, 0, 0, 4, 1, false},      // 5 x 0,5 = 2,50 -> 2: 60 - 3
    {"10-parttime-totale", "A", 58, 58, 4, 1, 0, 0, 0, 4, 1, false},   // 2,05 -> 2: 60 - 2
    {"11-disabili-parttime", "A", 94, 94, 7, 1, 0, 5, 0, 2, 1, false}, // 3 + 0,9 + 1 = 4,9 -> 5
    {"12-esonero-approvato", "A", 100, 100, 7, 1, 4, 2, 0, 1, 1, false},  // 60 % of 7 = 4,2 -> 4
    {"13-esonero-richiesto", "A", 100, 100, 7, 1, 0, 2, 0, 5, 1, false},
    {"14-esonero-scaduto", "A", 100, 100, 7, 1, 0, 2, 0, 5, 1, false},
    {"15-sessanta-per-mille", "A", 100, 100, 7, 1, 2, 2, 0, 3, 1, false},
    {"16-sospensione", "C", 30, 40, 1, 0, 0, 0, 0, 1, 0, true},        // 40 - 10 suspended
    {"17-multiprovincia-A", "A", 130, 130, 9, 1, 0, 0, 0, 9, 1, false},
    {"18-multiprovincia-B", "B", 40, 40, 2, 0, 0, 0, 0, 2, 0, false},
    {"19-compensazione", "A", 174, 174, 12, 2, 0, 12, 0, 0, 2, false},
    {"20-esuberi-art18", "A", 100, 100, 7, 1, 0, 4, 4, 2, 0, false},   // 3 - 1 offset
    {"21-edilizia", "B", 50, 80, 2, 1, 0, 0, 0, 2, 1, false},          // art. 5 c. 2
    {"22-esclusioni", "A", 53, 53, 4, 1, 0, 0, 0, 4, 1, false},
    {"23-telelavoro-intermittenti", "A", 183, 183, 13, 2, 0, 8, 3, 5, 0, false},
    {"24-somministrati-convenzioni", "A", 98, 98, 7, 1, 0, 4, 0, 3, 1, false},
    {"25-ritardo", "C", 20, 20, 1, 0, 0, 0, 0, 1, 0, false},
    {"26-discrepanze", "A", 60, 60, 4, 1, 0, 0, 0, 4, 1, false},       // 4,20 -> 4, declared 3
    {"29-rettifica", "B", 40, 40, 2, 0, 0, 0, 0, 2, 0, false},
    {"33-invio-secondo", "A", 53, 53, 4, 1, 0, 0, 0, 4, 1, false},
    {"34-milano-64", "A", 64, 64, 4, 1, 0, 0, 0, 4, 1, false},         // 4,48 -> 4
};

Obligation recompute(const Prospetto& p) {
    static const ExcludedCategories categories = shipped_categories();
    static const Comuni comuni = shipped_comuni();
    return compute_obligation(p, categories, comuni.provincia_of(p.comune_sede_legale));
}

}  // namespace

TEST_CASE("Fixtures: national figures recomputed by hand, and no discrepancy but the planted ones", "[l68][fixtures]") {
    for (const Expected& e : national) {
        CAPTURE(e.file);
        IssueLog issues;
        const auto p = read_fixture(fixtures() / "prospetti" / (std::string(e.file) + ".xml"), issues);
        REQUIRE(p);
        const Obligation o = recompute(*p);
        const Figures& n = o.national;
        CHECK(to_string(o.category) == e.category);
        CHECK(n.bases.art3.base == e.base3);
        CHECK(n.bases.art18.base == e.base18);
        CHECK(n.quota_disabled == e.quota_d);
        CHECK(n.quota_protected == e.quota_c);
        CHECK(n.exempted == e.exempted);
        CHECK(n.disabled == e.disabled);
        CHECK(n.protected_category == e.protected_c);
        CHECK(n.shortfall_disabled == e.short_d);
        CHECK(n.shortfall_protected == e.short_c);
        CHECK(n.suspension == e.suspension);
        const auto found = discrepancies(*p, o);
        if (std::string(e.file) == "26-discrepanze") {
            REQUIRE(found.size() == 5);
            CHECK(found[0].field == "categoriaazienda");
            CHECK(found[0].declared == "B");
            CHECK(found[0].recomputed == "A");
            CHECK(found[1].field == "quotariservadisabili");
            CHECK(found[1].declared == "3");
            CHECK(found[1].recomputed == "4");
        } else {
            CHECK(found.empty());
        }
    }
}

TEST_CASE("Fixtures: provincial rows of multi-province employers (art. 5 c. 8)", "[l68][fixtures]") {
    IssueLog issues;
    const auto b = read_fixture(fixtures() / "prospetti/18-multiprovincia-B.xml", issues);
    REQUIRE(b);
    const Obligation ob = recompute(*b);
    CHECK(ob.sede_provincia == std::optional<std::string>("037"));  // A944 Bologna, from comuni.csv
    CHECK(ob.provinces[0].quota_disabled == 2);
    CHECK(ob.provinces[1].quota_disabled == 0);
    const auto c = read_fixture(fixtures() / "prospetti/19-compensazione.xml", issues);
    REQUIRE(c);
    const Obligation oc = recompute(*c);
    CHECK(oc.provinces[0].quota_disabled == 7);
    CHECK(oc.provinces[1].quota_disabled == 5);  // 74 x 7 % = 5,18
    CHECK(oc.provinces[0].shortfall_disabled == 0);
    CHECK(oc.provinces[1].shortfall_disabled == 0);
}

TEST_CASE("Fixtures: which prospetti count in the whole folder", "[l68][fixtures][selezione]") {
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::directory_iterator(fixtures() / "prospetti")) files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    std::vector<Prospetto> all;
    IssueLog issues;
    for (const auto& f : files) {
        if (auto p = read_fixture(f, issues)) all.push_back(std::move(*p));
    }
    REQUIRE(all.size() == 34);
    const Selection s = select_counted(all);
    CHECK(s.counted.size() == 29);  // 34 read, 5 superseded
    std::vector<std::pair<std::string, std::string>> superseded;
    for (const auto& x : s.superseded) superseded.emplace_back(all[x.index].file, x.reason);
    const std::vector<std::pair<std::string, std::string>> expected = {
        {"27-duplicato.xml", "duplicato esatto del file 02-soglia-15.xml"},
        {"28-rettifica-originale.xml", "rettificato da PI24000000000029"},
        {"30-annullato.xml", "annullato da PI24000000000031"},
        {"31-annullamento.xml", "annullamento di PI24000000000030 (applicato)"},
        {"32-invio-primo.xml", "superato dall'invio successivo PI24000000000033"},
    };
    CHECK(superseded == expected);
}
