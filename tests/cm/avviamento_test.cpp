#include "avviamento_builders.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace gradus;
using namespace gradus::cm;
using namespace gradus::cm::avviamento_test;

namespace {

const Scarto* skip_of(const std::vector<AvviamentoCandidate>& g, const AvviamentoResult& r, const std::string& reg) {
    for (const Scarto& s : r.skipped) {
        if (g[s.candidate].registration == reg) return &s;
    }
    return nullptr;
}

}  // namespace

TEST_CASE("Art. 7 c. 1-bis: on day 60 the nominativa term still runs and nobody is proposed", "[cm][avviamento]") {
    const auto g = graduatoria();
    const AvviamentoResult r = propose_one(cleaning_request(), g, day(2025, 3, 11));
    CHECK(r.procedura == Procedura::nominativa);
    CHECK(r.stato == Stato::non_dovuta);
    CHECK(r.term_end == day(2025, 3, 11));
    CHECK(r.due_from == day(2025, 3, 12));
    CHECK(r.proposed.empty());
    CHECK(r.skipped.empty());
    const ExplanationStep* step = r.explanation.find("avviamento.procedura");
    REQUIRE(step);
    CHECK(step->note.find("non è dovuto prima del 12/03/2025") != std::string::npos);
}

TEST_CASE("Art. 7 c. 1-bis: on day 61 the office avvia d'ufficio in graduatoria order for the qualifica", "[cm][avviamento]") {
    const auto g = graduatoria();
    const AvviamentoResult r = propose_one(cleaning_request(), g, day(2025, 3, 12));
    CHECK(r.procedura == Procedura::numerica_d_ufficio);
    CHECK(r.stato == Stato::proposta);
    // 1 night shifts, 2 qualifica, 4 placed; 5 is on the art. 18 list, not in this graduatoria;
    // 3 (group 8.1.4) and 6 fill the 2 posts; 7 is not reached.
    CHECK(registrations(g, r) == std::vector<std::string>{"CM-0003", "CM-0006"});
    CHECK(r.proposed[0].post == 1);
    CHECK(r.proposed[1].post == 2);
    REQUIRE(r.skipped.size() == 3);
    CHECK(skip_of(g, r, "CM-0001")->motivo == Motivo::controindicazione);
    CHECK(skip_of(g, r, "CM-0001")->detail == "condizioni del posto controindicate: turni_notturni");
    CHECK(skip_of(g, r, "CM-0002")->motivo == Motivo::qualifica);
    CHECK(skip_of(g, r, "CM-0004")->motivo == Motivo::gia_avviato);
    CHECK_FALSE(skip_of(g, r, "CM-0005"));
    CHECK_FALSE(skip_of(g, r, "CM-0007"));
    CHECK(r.uncovered() == 0);
    // The group 8.1.4 covers the requested 8.1.4.2.0.1, and the trail says so.
    const ExplanationStep* q = r.proposed[0].explanation.find("avviamento.qualifica");
    REQUIRE(q);
    CHECK(q->note == "gruppo 8.1.4 comprende 8.1.4.2.0.1");
}

TEST_CASE("Numerica: the employer's own numeric request is served at once, before the 60 days", "[cm][avviamento]") {
    const auto g = graduatoria();
    Richiesta numerica = cleaning_request();
    numerica.modalita = Modalita::numerica;
    const AvviamentoResult n = propose_one(numerica, g, day(2025, 1, 20));
    CHECK(n.procedura == Procedura::numerica);
    CHECK(n.stato == Stato::proposta);
    CHECK_FALSE(n.term_end);
    CHECK(registrations(g, n) == std::vector<std::string>{"CM-0003", "CM-0006"});

    const AvviamentoResult nominativa = propose_one(cleaning_request(), g, day(2025, 1, 20));
    CHECK(nominativa.stato == Stato::non_dovuta);
    CHECK(nominativa.proposed.empty());
}

TEST_CASE("Art. 7 c. 2: a public employer's nominativa request is not avviata d'ufficio", "[cm][avviamento]") {
    Richiesta r = cleaning_request();
    r.employer_kind = EmployerKind::pubblico;
    const AvviamentoResult out = propose_one(r, graduatoria(), day(2025, 6, 30));
    CHECK(out.procedura == Procedura::nominativa);
    CHECK(out.stato == Stato::non_dovuta);
    CHECK_FALSE(out.due_from);
    CHECK(out.proposed.empty());
}

TEST_CASE("Patente: a post that needs a driving licence skips the person without one", "[cm][avviamento]") {
    const auto g = graduatoria();
    Richiesta r = cleaning_request();
    r.driving_licence_required = true;
    const AvviamentoResult out = propose_one(r, g, day(2025, 3, 12));
    CHECK(registrations(g, out) == std::vector<std::string>{"CM-0006", "CM-0007"});
    REQUIRE(skip_of(g, out, "CM-0003"));
    CHECK(skip_of(g, out, "CM-0003")->motivo == Motivo::patente);
}

TEST_CASE("Already placed on the request: skipped, and the post it covers is not offered again", "[cm][avviamento]") {
    const auto g = graduatoria();
    Richiesta r = cleaning_request();
    r.already_placed.push_back({"MRNLCU70B10H501A", day(2025, 2, 1)});  // CM-0006
    const AvviamentoResult out = propose_one(r, g, day(2025, 3, 12));
    CHECK(out.open_posts == 1);
    CHECK(registrations(g, out) == std::vector<std::string>{"CM-0003"});
    // 6 comes after the last proposal (3), so it is not examined at all.
    CHECK_FALSE(skip_of(g, out, "CM-0006"));

    r.posts = 3;  // two posts open: 3, then 6 is skipped as already avviato here, then 7
    const AvviamentoResult more = propose_one(r, g, day(2025, 3, 12));
    CHECK(registrations(g, more) == std::vector<std::string>{"CM-0003", "CM-0007"});
    REQUIRE(skip_of(g, more, "CM-0006"));
    CHECK(skip_of(g, more, "CM-0006")->motivo == Motivo::gia_avviato);
    CHECK(skip_of(g, more, "CM-0006")->detail == "già avviato su questa richiesta il 01/02/2025");

    r.posts = 1;
    CHECK(propose_one(r, g, day(2025, 3, 12)).stato == Stato::posti_coperti);
}

TEST_CASE("Fewer matching people than posts: every compatible one is proposed and the rest stays uncovered", "[cm][avviamento]") {
    const auto g = graduatoria();
    Richiesta r = cleaning_request();
    r.posts = 5;
    const AvviamentoResult out = propose_one(r, g, day(2025, 3, 12));
    CHECK(registrations(g, out) == std::vector<std::string>{"CM-0003", "CM-0006", "CM-0007"});
    CHECK(out.skipped.size() == 3);
    CHECK(out.uncovered() == 2);
    REQUIRE(out.explanation.find("avviamento.scoperti"));
    CHECK(out.explanation.find("avviamento.scoperti")->value == "2");
}

TEST_CASE("A batch proposes each person once: later requests skip who an earlier one took", "[cm][avviamento]") {
    const auto g = graduatoria();
    Richiesta first = cleaning_request();
    first.modalita = Modalita::numerica;
    Richiesta second = first;
    second.id = "R-2";
    second.posts = 1;
    second.request_date = day(2025, 1, 16);
    // Given in the opposite order: the request date decides which is served first.
    const auto results = propose_avviamenti({second, first}, g, day(2025, 3, 12), shipped_terms());
    REQUIRE(results.size() == 2);
    CHECK(results[0].request == 1);
    CHECK(registrations(g, results[0]) == std::vector<std::string>{"CM-0003", "CM-0006"});
    CHECK(results[1].request == 0);
    CHECK(registrations(g, results[1]) == std::vector<std::string>{"CM-0007"});
    REQUIRE(skip_of(g, results[1], "CM-0003"));
    CHECK(skip_of(g, results[1], "CM-0003")->motivo == Motivo::gia_proposto);
}

TEST_CASE("Avviamento order is total: input order does not matter, equal positions fall back on the registration", "[cm][avviamento]") {
    auto g = graduatoria();
    std::reverse(g.begin(), g.end());
    const AvviamentoResult out = propose_one(cleaning_request(), g, day(2025, 3, 12));
    CHECK(registrations(g, out) == std::vector<std::string>{"CM-0003", "CM-0006"});

    std::vector<AvviamentoCandidate> tie = {person(1, "CM-0009", "PLLGNN83S02H501M", {"8.1.4.2.0.1"}),
                                            person(1, "CM-0008", "FRRPLA68D20H501G", {"8.1.4.2.0.1"})};
    const auto order = avviamento_order(tie);
    CHECK(tie[order[0]].registration == "CM-0008");
    Richiesta one = cleaning_request();
    one.posts = 1;
    CHECK(registrations(tie, propose_one(one, tie, day(2025, 3, 12))) == std::vector<std::string>{"CM-0008"});
}

TEST_CASE("A request dated after the reference date, and an obligation before D.Lgs. 151/2015, decide nothing", "[cm][avviamento]") {
    const auto g = graduatoria();
    const AvviamentoResult early = propose_one(cleaning_request(), g, day(2025, 1, 14));
    CHECK(early.stato == Stato::non_ancora_presentata);
    CHECK(early.proposed.empty());

    Richiesta old = cleaning_request();
    old.obligation_date = day(2015, 9, 23);  // art. 7 c. 1-bis in force from 24/9/2015
    old.request_date = day(2015, 9, 30);
    const AvviamentoResult none = propose_one(old, g, day(2016, 1, 30));
    CHECK(none.stato == Stato::termine_non_definito);
    CHECK(none.proposed.empty());
}

TEST_CASE("Art. 18 c. 2: a request for categorie protette goes down that list only", "[cm][avviamento]") {
    const auto g = graduatoria();
    Richiesta r = cleaning_request();
    r.lista = Lista::categorie_protette;
    const AvviamentoResult out = propose_one(r, g, day(2025, 3, 12));
    // Only CM-0005 is on the art. 18 list; the disabled people are neither proposed nor skipped.
    CHECK(registrations(g, out) == std::vector<std::string>{"CM-0005"});
    CHECK(out.skipped.empty());
    CHECK(out.uncovered() == 1);
}

TEST_CASE("Qualifica: a request for a group takes people available for a code within it", "[cm][avviamento]") {
    const auto g = graduatoria();
    Richiesta r = cleaning_request();
    r.qualifica_code = "8.1";  // the whole group: 3 (8.1.4) and 6 (8.1.4.2.0.1) fit; 2 (5.1.2.2.0.1) does not
    const AvviamentoResult out = propose_one(r, g, day(2025, 3, 12));
    CHECK(registrations(g, out) == std::vector<std::string>{"CM-0003", "CM-0006"});
    CHECK(out.proposed[1].explanation.find("avviamento.qualifica")->note == "qualifica 8.1.4.2.0.1 nel gruppo richiesto 8.1");
    CHECK(skip_of(g, out, "CM-0002")->motivo == Motivo::qualifica);
}
