// The collocamento mirato HTML reports, streamed list by list in blocks of people.

#include "builders.hpp"

#include "gradus/cm/ranking.hpp"
#include "gradus/core/byte_sink.hpp"
#include "gradus/report/block_stream.hpp"
#include "gradus/report/mirato_reports.hpp"

#include <catch2/catch.hpp>

#include <string>

using namespace gradus;
using namespace gradus::test::cm;

namespace {

std::size_t count_of(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

// 1,500 disabili (more than one block of people), nobody on the art. 18 list, one registered
// after the reference date and so excluded (L. 68/1999 art. 8 c. 2: the annual list).
cm::Graduatoria disabili_only() {
    std::vector<cm::Iscritto> people;
    for (int i = 1; i <= 1500; ++i) {
        cm::Iscritto p = person(std::to_string(100000 + i), i);
        const std::string first15 = "RSSMRA80A01" + std::string(1, "ABCDEFGHIL"[i / 900]) + std::to_string(100 + i % 900);
        p.codice_fiscale = first15 + CodiceFiscale::check_character(first15);
        people.push_back(std::move(p));
    }
    people.back().registration_date = Date::from_ymd(2025, 1, 1);
    return cm::rank_annual(piemonte(), std::move(people), Date::from_ymd(2024, 7, 1));
}

std::string rendered(void (*report)(const cm::Graduatoria&, const report::ReportContext&, ByteSink&),
                     const cm::Graduatoria& g) {
    StringSink sink;
    report(g, report::ReportContext{"piemonte.xml", "abc", "test", ""}, sink);
    return sink.take();
}

}  // namespace

TEST_CASE("L. 68/1999 art. 8: the mirato HTML lists every ranked person once, in position order, across blocks", "[cm][report]") {
    const cm::Graduatoria g = disabili_only();
    REQUIRE(g.ranked.size() == 1499);
    REQUIRE(g.ranked.size() > report::report_block_size);
    REQUIRE(g.excluded.size() == 1);
    for (const auto report : {&report::mirato_graduatoria_html, &report::mirato_pubblica_html}) {
        const std::string html = rendered(report, g);
        CHECK(count_of(html, "<table>") == count_of(html, "</table>"));
        REQUIRE(html.size() >= 8);
        CHECK(html.substr(html.size() - 8) == "</html>\n");
        // The art. 18 list is empty: said in words, with no table.
        CHECK(html.find("<h2>Categorie protette (art. 18 L. 68/1999)</h2>\n<p>Nessun iscritto in graduatoria.</p>\n") !=
              std::string::npos);
        // Positions 1 to 1499, each once and in order.
        std::size_t at = 0;
        for (std::size_t position = 1; position <= g.ranked.size(); ++position) {
            const std::string cell = "<tr><td class=\"num\">" + std::to_string(position) + "</td>";
            const std::size_t found = html.find(cell, at);
            INFO(position);
            REQUIRE(found != std::string::npos);
            at = found + cell.size();
        }
        CHECK(count_of(html, "<tr><td class=\"num\">") == g.ranked.size());
    }
    const std::string internal = rendered(&report::mirato_graduatoria_html, g);
    CHECK(count_of(internal, g.iscritti[g.excluded[0].iscritto].registration_number) == 1);
    CHECK(internal.find("<h2>Esclusi</h2>\n<table>") != std::string::npos);
    CHECK(internal.find(g.iscritti[g.ranked[0].iscritto].codice_fiscale) != std::string::npos);
    // The public list names nobody: no codice fiscale, no name, no exclusions.
    const std::string pubblica = rendered(&report::mirato_pubblica_html, g);
    CHECK(pubblica.find(g.iscritti[g.ranked[0].iscritto].codice_fiscale) == std::string::npos);
    CHECK(pubblica.find("Rossi") == std::string::npos);
    CHECK(pubblica.find("Esclusi") == std::string::npos);
}

TEST_CASE("L. 68/1999 art. 8: an empty mirato graduatoria says so for each list, with no table", "[cm][report]") {
    const cm::Graduatoria g = cm::rank_annual(piemonte(), {}, Date::from_ymd(2024, 7, 1));
    REQUIRE(g.ranked.empty());
    REQUIRE(g.excluded.empty());
    const std::string internal = rendered(&report::mirato_graduatoria_html, g);
    CHECK(count_of(internal, "<p>Nessun iscritto in graduatoria.</p>") == 2);
    CHECK(internal.find("<h2>Esclusi</h2>\n<p>Nessuno escluso.</p>\n</body>\n</html>\n") != std::string::npos);
    CHECK(internal.find("<table>") == std::string::npos);
    const std::string pubblica = rendered(&report::mirato_pubblica_html, g);
    CHECK(count_of(pubblica, "<p>Nessun iscritto in graduatoria.</p>") == 2);
    CHECK(pubblica.find("<table>") == std::string::npos);
    CHECK(pubblica.substr(pubblica.size() - 16) == "</body>\n</html>\n");
}
