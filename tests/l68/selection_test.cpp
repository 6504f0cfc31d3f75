#include "gradus/l68/selection.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::l68;

namespace {

Prospetto sent(std::string code, std::string at, CommunicationType type = CommunicationType::prospetto,
               std::string previous = "", std::string cf = "01234567890") {
    Prospetto p;
    p.codice_comunicazione = std::move(code);
    p.codice_precedente = std::move(previous);
    p.data_invio = std::move(at);
    p.type = type;
    p.codice_fiscale = std::move(cf);
    p.reference_date = Date::from_ymd(2024, 12, 31);
    p.file = p.codice_comunicazione + ".xml";
    p.sha256 = "hash-" + p.codice_comunicazione;
    return p;
}

}  // namespace

TEST_CASE("An exact duplicate file counts once", "[l68][selezione]") {
    std::vector<Prospetto> p = {sent("A000000000000001", "2025-01-20T10:00:00"),
                                sent("A000000000000001", "2025-01-20T10:00:00")};
    p[1].file = "copia.xml";
    const Selection s = select_counted(p);
    CHECK(s.counted == std::vector<std::size_t>{0});
    REQUIRE(s.superseded.size() == 1);
    CHECK(s.superseded[0].reason == "duplicato esatto del file A000000000000001.xml");
}

TEST_CASE("A rettifica (02) replaces the communication it names", "[l68][selezione]") {
    const std::vector<Prospetto> p = {
        sent("R000000000000002", "2025-01-25T09:00:00", CommunicationType::rettifica, "A000000000000001"),
        sent("A000000000000001", "2025-01-20T10:00:00")};
    const Selection s = select_counted(p);
    CHECK(s.counted == std::vector<std::size_t>{0});
    REQUIRE(s.superseded.size() == 1);
    CHECK(s.superseded[0].index == 1);
    CHECK(s.superseded[0].reason == "rettificato da R000000000000002");
}

TEST_CASE("An annullamento (03) removes its target and does not count itself", "[l68][selezione]") {
    const std::vector<Prospetto> p = {
        sent("A000000000000001", "2025-01-20T10:00:00"),
        sent("N000000000000003", "2025-01-28T09:00:00", CommunicationType::annullamento, "A000000000000001"),
        sent("N000000000000004", "2025-01-28T09:00:00", CommunicationType::annullamento, "X000000000000009")};
    const Selection s = select_counted(p);
    CHECK(s.counted.empty());
    REQUIRE(s.superseded.size() == 3);
    CHECK(s.superseded[0].reason == "annullato da N000000000000003");
    CHECK(s.superseded[1].reason == "annullamento di A000000000000001 (applicato)");
    CHECK(s.superseded[2].reason == "annullamento di X000000000000009 non presente tra i prospetti letti");
}

TEST_CASE("Of unlinked sends the latest dataInvio counts, then the greater codicecomunicazione", "[l68][selezione]") {
    const std::vector<Prospetto> p = {sent("A000000000000005", "2025-01-20T10:00:00"),
                                      sent("A000000000000001", "2025-01-22T08:00:00"),
                                      sent("A000000000000003", "2025-01-22T08:00:00"),
                                      sent("B000000000000001", "2025-01-10T08:00:00", CommunicationType::prospetto, "",
                                           "98765432109")};
    const Selection s = select_counted(p);
    CHECK(s.counted == std::vector<std::size_t>{2, 3});
    REQUIRE(s.superseded.size() == 2);
    CHECK(s.superseded[0].reason == "superato dall'invio successivo A000000000000003");
    CHECK(s.superseded[1].reason == "superato dall'invio successivo A000000000000003");
}

TEST_CASE("A rettifica later annulled leaves neither it nor the original", "[l68][selezione]") {
    const std::vector<Prospetto> p = {
        sent("A000000000000001", "2025-01-20T10:00:00"),
        sent("R000000000000002", "2025-01-21T10:00:00", CommunicationType::rettifica, "A000000000000001"),
        sent("N000000000000003", "2025-01-22T10:00:00", CommunicationType::annullamento, "R000000000000002")};
    const Selection s = select_counted(p);
    CHECK(s.counted.empty());
    CHECK(s.superseded[0].reason == "rettificato da R000000000000002");
    CHECK(s.superseded[1].reason == "annullato da N000000000000003");
}
