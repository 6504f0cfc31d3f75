#include "gradus/cm/richieste_from_prospetto.hpp"
#include "gradus/xml/prospetto_reader.hpp"
#include "gradus/xml/sax_parser.hpp"

#include "avviamento_builders.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::cm;
using namespace gradus::cm::avviamento_test;

namespace {

const std::filesystem::path fixture = source_dir() / "fixtures/mirato/prospetti/35-posti-lavoro.xml";

std::optional<l68::Prospetto> read_fixture(IssueLog& issues) {
    auto p = xml::read_prospetto_bytes(bytes_of(fixture), fixture.filename().string(), source_dir() / "schemas", issues);
    if (p) p->file = fixture.filename().string();
    return p;
}

// The Ministry's schema, wherever the checkout sits below the shared folder.
std::optional<std::filesystem::path> ministry_schema() {
    for (auto dir = source_dir(); dir.has_relative_path(); dir = dir.parent_path()) {
        const auto candidate = dir / "shared" / "standards" / "Unipi.xsd";
        if (std::filesystem::exists(candidate)) return candidate;
    }
    return std::nullopt;
}

class ErrorsOnly final : public xml::Handler {
public:
    void start_element(std::string_view, const std::vector<xml::Attribute>&, const SourcePosition&) override {}
    void end_element(std::string_view, std::string&&, const SourcePosition&) override {}
    void validation_error(const SourcePosition& where, std::string message) override {
        errors.push_back(where.to_string() + ": " + message);
    }
    std::vector<std::string> errors;
};

}  // namespace

TEST_CASE("UNIPI reader: postilavoro and tipologiadichiarante of a prospetto", "[cm][unipi]") {
    IssueLog issues;
    const auto p = read_fixture(issues);
    REQUIRE(p);
    CHECK(issues.empty());
    CHECK(p->declarant_type == 'A');
    REQUIRE(p->provinces.size() == 1);
    const auto& posts = p->provinces[0].posts;
    REQUIRE(posts.size() == 2);
    CHECK(posts[0].qualifica == "8.1.4.2.0.1");
    CHECK(posts[0].mansione == "Addetto alle pulizie degli uffici");
    CHECK(posts[0].count == 1);
    CHECK(posts[0].beneficiary == l68::Beneficiary::disabled);
    CHECK(posts[0].comune == "H501");
    CHECK(posts[0].capacities == "Nessuna movimentazione di carichi oltre 10 kg");
    CHECK_FALSE(posts[0].architectural_barriers);
    CHECK(posts[0].night_shifts);
    CHECK(posts[0].public_transport);
    CHECK(posts[0].hiring == l68::HiringKind::nominativa);
    CHECK(posts[0].line == 4);
    CHECK_FALSE(posts[1].public_transport);
    CHECK_FALSE(posts[1].hiring);
}

TEST_CASE("The postilavoro fixture is valid against the Ministry's Unipi.xsd", "[cm][unipi][ministero]") {
    const auto ministry = ministry_schema();
    if (!ministry) {
        WARN("the Ministry's schema Unipi.xsd is not in a shared/standards folder above the source: check skipped");
        return;
    }
    ErrorsOnly handler;
    xml::parse_file(fixture, xml::Schema{*ministry, std::string(xml::unipi_namespace)}, handler);
    CHECK(handler.errors.empty());
}

TEST_CASE("Requests derived from postilavoro: one per post, nominativa for a private employer", "[cm][unipi]") {
    IssueLog issues;
    const auto p = read_fixture(issues);
    REQUIRE(p);
    const std::vector<Richiesta> r = richieste_from_prospetto(*p);
    REQUIRE(r.size() == 2);
    CHECK(r[0].id == "PI24000000000035-058-1");
    CHECK(r[1].id == "PI24000000000035-058-2");
    CHECK(r[0].employer_code == "10000000035");
    CHECK(r[0].employer_name == "Posti Disponibili srl");
    CHECK(r[0].employer_kind == EmployerKind::privato);
    CHECK(r[0].qualifica_code == "8.1.4.2.0.1");
    CHECK(r[0].posts == 1);
    CHECK(r[0].modalita == Modalita::nominativa);  // categoriaass NO
    CHECK(r[1].modalita == Modalita::nominativa);  // absent, private employer
    CHECK(r[0].lista == Lista::disabili);
    CHECK(r[0].obligation_date == day(2024, 12, 31));
    CHECK(r[0].request_date == day(2025, 1, 20));
    CHECK(r[0].conditions == std::vector<Condizione>{Condizione::turni_notturni});
    CHECK(r[1].conditions == std::vector<Condizione>{Condizione::sede_senza_mezzi_pubblici});
    CHECK(r[1].notes == "Lavoro al videoterminale");
    CHECK(r[0].origin.file == "35-posti-lavoro.xml");
    CHECK(r[0].origin.line == 4);

    // 31/12/2024 + 60 days = 1/3/2025: on that day nothing is due, on 2/3/2025 the office avvia d'ufficio.
    const auto g = graduatoria();
    CHECK(propose_one(r[0], g, day(2025, 3, 1)).stato == Stato::non_dovuta);
    const AvviamentoResult due = propose_one(r[0], g, day(2025, 3, 2));
    CHECK(due.procedura == Procedura::numerica_d_ufficio);
    CHECK(registrations(g, due) == std::vector<std::string>{"CM-0003"});
}

TEST_CASE("A public employer's post without categoriaass becomes a numerica request", "[cm][unipi]") {
    IssueLog issues;
    auto p = read_fixture(issues);
    REQUIRE(p);
    p->declarant_type = 'C';
    const auto r = richieste_from_prospetto(*p);
    CHECK(r[0].modalita == Modalita::nominativa);  // categoriaass NO stays
    CHECK(r[1].employer_kind == EmployerKind::pubblico);
    CHECK(r[1].modalita == Modalita::numerica);
}
