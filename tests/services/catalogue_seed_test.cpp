#include "shipped_data.hpp"

#include <catch2/catch.hpp>

#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace gradus;
using namespace gradus::services;

namespace {

// One row of the seed's Allegato B table, read straight from the seed file.
struct SeedRow {
    std::string service;  // "A", "F2", "M5"
    std::string sap_cell;
};

std::string plain(const std::string& cell) {
    const std::string no_tags = std::regex_replace(cell, std::regex("<[^>]+>"), " ");
    const std::string collapsed = std::regex_replace(no_tags, std::regex("\\s+"), " ");
    const auto first = collapsed.find_first_not_of(' ');
    return first == std::string::npos ? std::string() : collapsed.substr(first, collapsed.find_last_not_of(' ') - first + 1);
}

std::vector<std::string> split_tabs(const std::string& line) {
    std::vector<std::string> cells;
    std::string cell;
    std::istringstream in(line);
    while (std::getline(in, cell, '\t')) cells.push_back(cell);
    if (!line.empty() && line.back() == '\t') cells.emplace_back();
    return cells;
}

// Rows have six tab-separated cells: LEP, riferimenti, attivita, descrizione, output/outcome,
// codice SAP. A row with an empty first cell continues the LEP above (F2, F3, M2-M6).
std::vector<SeedRow> seed_rows() {
    const std::string seed = cli::read_file(test::source_dir / ".." / "shared" / "seeds" / "000_98a7a25974d9a5ff.txt");
    const std::regex letter_re("^([A-S])\\) ");
    const std::regex sub_re("^([FM][1-6])\\)");
    std::vector<SeedRow> rows;
    std::string letter;
    std::istringstream lines(seed);
    for (std::string line; std::getline(lines, line);) {
        const std::vector<std::string> cells = split_tabs(line);
        if (cells.size() != 6) continue;
        std::smatch m;
        const std::string first = plain(cells[0]);
        if (std::regex_search(first, m, letter_re)) {
            letter = m[1];
        } else if (!first.empty() || letter.empty()) {
            continue;
        }
        const std::string activities = plain(cells[2]);
        const std::string service = std::regex_search(activities, m, sub_re) ? std::string(m[1]) : letter;
        rows.push_back({service, plain(cells[5])});
    }
    return rows;
}

// The seed's codes in a cell. The seed writes the LSU code "CO6" with a letter O once: it is
// read as C06, the code the catalogue records with the seed's spelling beside it.
std::set<std::string> seed_codes(const std::string& cell) {
    std::set<std::string> codes;
    const std::regex code_re("\\b([A-H])([0-9O])([0-9])\\b");
    for (std::sregex_iterator it(cell.begin(), cell.end(), code_re), end; it != end; ++it) {
        codes.insert((*it)[1].str() + ((*it)[2] == "O" ? "0" : (*it)[2].str()) + (*it)[3].str());
    }
    return codes;
}

std::set<std::string> seed_co(const std::string& cell) {
    std::set<std::string> co;
    const std::regex co_re("\\bCO \\(([^)]*)\\)");
    for (std::sregex_iterator it(cell.begin(), cell.end(), co_re), end; it != end; ++it) co.insert((*it)[1]);
    return co;
}

std::set<std::string> catalogue_codes(const Service& s) {
    std::set<std::string> codes;
    for (const TipoAttivita& t : s.sap_codes) codes.insert(t.code);
    return codes;
}

}  // namespace

TEST_CASE("the seed has the 26 rows of Allegato B, every letter A-S among them") {
    const std::vector<SeedRow> rows = seed_rows();
    CHECK(rows.size() == 26);
    std::set<char> letters;
    for (const SeedRow& r : rows) letters.insert(r.service.front());
    CHECK(letters.size() == 19);
    CHECK(*letters.begin() == 'A');
    CHECK(*letters.rbegin() == 'S');
}

TEST_CASE("every LEP letter and service of the seed is in the catalogue, with the seed's SAP codes") {
    const Catalogue& catalogue = test::shipped_catalogue();
    std::set<std::string> all_seed_codes;
    for (const SeedRow& row : seed_rows()) {
        INFO("service " << row.service << ", seed cell '" << row.sap_cell << "'");
        REQUIRE(catalogue.lep(row.service.front()) != nullptr);
        const Service* s = catalogue.service(row.service);
        REQUIRE(s != nullptr);
        const std::set<std::string> codes = seed_codes(row.sap_cell);
        all_seed_codes.insert(codes.begin(), codes.end());
        CHECK(catalogue_codes(*s) == codes);
        const std::set<std::string> co(s->co_outcomes.begin(), s->co_outcomes.end());
        CHECK(co == seed_co(row.sap_cell));
        if (row.sap_cell == "Da definire") {
            CHECK(s->sap_listing == SapListing::to_define);
        } else if (row.sap_cell.empty()) {
            CHECK(s->sap_listing == SapListing::absent);
        } else {
            CHECK(s->sap_listing == SapListing::listed);
        }
    }
    const std::vector<std::string> listed = catalogue.sap_codes();
    CHECK(std::set<std::string>(listed.begin(), listed.end()) == all_seed_codes);
    CHECK(all_seed_codes == std::set<std::string>{"A01", "A02", "A03", "A05", "A06", "B02", "B03", "B04",
                                                  "C01", "C02", "C03", "C04", "C05", "C06"});
}

TEST_CASE("the catalogue keeps the seed's spelling of the LSU code and the references of M2-M6") {
    const Catalogue& catalogue = test::shipped_catalogue();
    const Service& lsu = *catalogue.service("L");
    REQUIRE(lsu.sap_codes.size() == 1);
    CHECK(lsu.sap_codes[0].code == "C06");
    CHECK(lsu.sap_codes[0].seed_spelling == "CO6");
    CHECK(lsu.sap_codes[0].description == "TIROCINIO FORMATIVO/LSU");
    const std::map<std::string, std::string> references{{"M2", "C"}, {"M3", "D"}, {"M4", "E"}, {"M5", "F1"}, {"M6", "F3"}};
    for (const auto& [id, target] : references) {
        CHECK(catalogue.service(id)->refers_to == target);
    }
    CHECK(catalogue.lep('P')->recipient == Recipient::firm);
    CHECK(catalogue.lep('O')->recipient == Recipient::person);
    CHECK(catalogue.lep('K')->legal_references == std::vector<std::string>{"L. 56/1987 art. 16", "L. 160/1988"});
    CHECK(catalogue.lists("K", "B03"));
    CHECK_FALSE(catalogue.lists("K", "A01"));
}

TEST_CASE("a catalogue with a letter missing, a duplicate id or a bad code is refused") {
    Catalogue good = test::shipped_catalogue();
    CHECK(check_catalogue(good).empty());

    std::vector<Lep> leps = good.leps();
    leps.erase(leps.begin() + 9);  // J
    leps[0].services[0].sap_codes.push_back({"A5", "", ""});
    leps[1].services[0].id = "A";
    const std::vector<std::string> problems = check_catalogue(Catalogue("broken", leps));
    REQUIRE(problems.size() == 4);
    CHECK(problems[0] == "LEP A, service A: 'A5' is not a SAP tipo attivita (letter and two digits)");
    CHECK(problems[1] == "service A appears twice");
    CHECK(problems[2] == "LEP B, service A: the id must be the letter, or the letter and a digit");
    CHECK(problems[3] == "the LEP letters are 'ABCDEFGHIKLMNOPQRS', expected each of ABCDEFGHIJKLMNOPQRS once, in order");
}
