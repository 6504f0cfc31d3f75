#include "gradus/xml/richieste_reader.hpp"

#include "avviamento_builders.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::cm;
using namespace gradus::cm::avviamento_test;

namespace {

std::filesystem::path richieste_dir() { return source_dir() / "fixtures/mirato/richieste"; }

const InputIssue* issue_of(const IssueLog& issues, const std::string& record) {
    for (const InputIssue& i : issues.issues()) {
        if (i.record == record) return &i;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("Richieste reader: every field of a request", "[cm][richieste]") {
    std::vector<Richiesta> out;
    IssueLog issues;
    xml::read_richieste(richieste_dir() / "richieste.xml", source_dir() / "schemas", out, issues);
    CHECK(issues.empty());
    REQUIRE(out.size() == 4);
    const Richiesta& r = out[0];
    CHECK(r.id == "R-2025-001");
    CHECK(r.employer_code == "01234567897");
    CHECK(r.employer_name == "Pulizie Tiberine srl");
    CHECK(r.employer_kind == EmployerKind::privato);
    CHECK(r.qualifica_code == "8.1.4.2.0.1");
    CHECK(r.qualifica_description == "Addetto alle pulizie degli uffici");
    CHECK(r.posts == 2);
    CHECK(r.comune == "H501");
    CHECK(r.modalita == Modalita::nominativa);
    CHECK(r.lista == Lista::disabili);
    CHECK(r.obligation_date == day(2025, 1, 10));
    CHECK(r.request_date == day(2025, 1, 15));
    // Sorted by the enumeration's order, whatever the file's order.
    CHECK(r.conditions == std::vector<Condizione>{Condizione::turni_notturni, Condizione::movimentazione_carichi});
    CHECK_FALSE(r.driving_licence_required);
    CHECK(r.notes == "Turni dalle 22 alle 6; carichi fino a 15 kg");
    CHECK(r.origin.file == (richieste_dir() / "richieste.xml").string());
    CHECK(r.origin.line == 5);

    CHECK(out[1].employer_kind == EmployerKind::pubblico);
    CHECK(out[1].modalita == Modalita::numerica);
    CHECK(out[2].driving_licence_required);
    CHECK(out[3].employer_kind == EmployerKind::ente_pubblico_economico);
    CHECK(out[3].lista == Lista::categorie_protette);
    REQUIRE(out[3].already_placed.size() == 1);
    CHECK(out[3].already_placed[0].codice_fiscale == "RCCMRT95A60H501E");
    CHECK(out[3].already_placed[0].date == day(2025, 2, 3));
}

TEST_CASE("Richieste reader: bad requests are quarantined one by one with line, field and rule", "[cm][richieste]") {
    std::vector<Richiesta> out;
    IssueLog issues;
    const auto file = richieste_dir() / "scartate.xml";
    xml::read_richieste(file, source_dir() / "schemas", out, issues);
    REQUIRE(out.size() == 1);
    CHECK(out[0].id == "R-OK");
    CHECK(out[0].employer_name == "Buona srl");
    REQUIRE(issues.size() == 5);
    for (const InputIssue& i : issues.issues()) CHECK(i.where.file == file.string());

    const InputIssue* piva = issue_of(issues, "R-PIVA");
    REQUIRE(piva);
    CHECK(piva->rule == "codice_fiscale");
    CHECK(piva->field == "codice_fiscale");
    CHECK(piva->where.line == 14);

    const InputIssue* zero = issue_of(issues, "R-ZERO");
    REQUIRE(zero);
    CHECK(zero->rule == "xsd");
    CHECK(zero->field == "posti");
    CHECK(zero->where.line == 25);

    const InputIssue* condition = issue_of(issues, "R-COND");
    REQUIRE(condition);
    CHECK(condition->rule == "xsd");
    CHECK(condition->field == "condizione");
    CHECK(condition->where.line == 39);

    // The second R-OK: its id repeats the first one's.
    CHECK(issues.issues()[3].record == "R-OK");
    CHECK(issues.issues()[3].rule == "duplicato");

    const InputIssue* person = issue_of(issues, "R-CF");
    REQUIRE(person);
    CHECK(person->rule == "codice_fiscale");
    CHECK(person->field == "gia_avviato");
}

TEST_CASE("Richieste reader: a document cut short keeps the requests read before the cut", "[cm][richieste]") {
    const std::string whole = bytes_of(richieste_dir() / "richieste.xml");
    const std::string cut = whole.substr(0, whole.find("<richiesta id=\"R-2025-003\"") + 40);
    std::vector<Richiesta> out;
    IssueLog issues;
    xml::read_richieste_bytes(cut, "troncato.xml", source_dir() / "schemas", out, issues);
    CHECK(out.size() == 2);
    REQUIRE(issues.size() == 1);
    CHECK(issues.issues()[0].where.file == "troncato.xml");
    CHECK(issues.issues()[0].where.line > 0);
}

TEST_CASE("Richieste reader: a DOCTYPE is refused before any entity is read", "[cm][richieste]") {
    const std::string hostile = "<?xml version=\"1.0\"?>\n<!DOCTYPE richieste [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                                "<richieste xmlns=\"urn:gradus:mirato-richieste:1\"/>";
    std::vector<Richiesta> out;
    IssueLog issues;
    xml::read_richieste_bytes(hostile, "xxe.xml", source_dir() / "schemas", out, issues);
    CHECK(out.empty());
    REQUIRE(issues.size() == 1);
    CHECK(issues.issues()[0].message.find("passwd") == std::string::npos);
}
