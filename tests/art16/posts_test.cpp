// Reserved posts (D.Lgs. 66/2010 art. 1014, art. 678 c. 9): holders fill them in ranking order;
// a reserved post nobody can fill goes back to the general order.

#include "builders.hpp"

#include "gradus/art16/ranking.hpp"

#include <catch2/catch.hpp>

using namespace gradus;
using namespace gradus::test;

namespace {

// Five candidates with scores 100, 99, 98, 97, 96 (ISEE 0, 1000, 2000, ...), protocols 1..5.
std::vector<art16::Candidatura> five() {
    std::vector<art16::Candidatura> out;
    for (int n = 1; n <= 5; ++n) {
        auto c = candidatura(n);
        c.isee = isee((std::to_string((n - 1) * 1000) + ".00").c_str());
        out.push_back(c);
    }
    return out;
}

std::vector<art16::Esito> esiti(const art16::Graduatoria& g) {
    std::vector<art16::Esito> out;
    for (const auto& r : g.ranked) out.push_back(r.esito);
    return out;
}

}  // namespace

TEST_CASE("A reserve holder lower in the ranking takes the reserved post", "[art16][posts]") {
    auto a = avviso();
    a.posts = 3;
    a.reserved = {{"volontari_ff_aa", 1}};
    auto c = five();
    c[3].reserve_claims = {"volontari_ff_aa"};  // 4th in the ranking
    const auto g = art16::rank(a, emilia_romagna(), c);
    using E = art16::Esito;
    // 2 general posts to positions 1 and 2, the reserved one to position 4; 3 and 5 stay idonei.
    CHECK(esiti(g) == std::vector<E>{E::posto, E::posto, E::idoneo, E::posto_riservato, E::idoneo});
    CHECK(g.ranked[3].reserve_kind == std::optional<std::string>("volontari_ff_aa"));
    CHECK(g.posts_reserved_filled == 1);
    CHECK(g.posts_returned_to_general == 0);
}

TEST_CASE("A reserve holder high in the ranking uses the reserved post, not a general one", "[art16][posts]") {
    auto a = avviso();
    a.posts = 2;
    a.reserved = {{"volontari_ff_aa", 1}};
    auto c = five();
    c[0].reserve_claims = {"volontari_ff_aa"};
    const auto g = art16::rank(a, emilia_romagna(), c);
    using E = art16::Esito;
    CHECK(esiti(g) == std::vector<E>{E::posto_riservato, E::posto, E::idoneo, E::idoneo, E::idoneo});
}

TEST_CASE("A reserved post without takers returns to the general order", "[art16][posts]") {
    auto a = avviso();
    a.posts = 3;
    a.reserved = {{"volontari_ff_aa", 2}};
    auto c = five();
    c[4].reserve_claims = {"volontari_ff_aa"};  // one taker for two reserved posts
    const auto g = art16::rank(a, emilia_romagna(), c);
    using E = art16::Esito;
    // general = 3 - 2 + 1 returned = 2 -> positions 1, 2; the taker at position 5 gets a reserved one.
    CHECK(esiti(g) == std::vector<E>{E::posto, E::posto, E::idoneo, E::idoneo, E::posto_riservato});
    CHECK(g.posts_reserved_filled == 1);
    CHECK(g.posts_returned_to_general == 1);
}

TEST_CASE("A claim for a reserve the avviso does not have changes nothing", "[art16][posts]") {
    auto a = avviso();
    a.posts = 1;
    auto c = five();
    c[2].reserve_claims = {"orfani"};
    const auto g = art16::rank(a, emilia_romagna(), c);
    CHECK(g.ranked[0].esito == art16::Esito::posto);
    CHECK(g.ranked[2].esito == art16::Esito::idoneo);
}

TEST_CASE("More reserved posts than posts is an input error of the avviso", "[art16][posts]") {
    auto a = avviso();
    a.posts = 1;
    a.reserved = {{"volontari_ff_aa", 2}};
    CHECK_THROWS_AS(art16::rank(a, emilia_romagna(), five()), InputError);
}

TEST_CASE("Excluded candidates never take a post", "[art16][posts]") {
    auto a = avviso();
    a.posts = 1;
    auto c = five();
    c[0].scuola_obbligo = false;
    const auto g = art16::rank(a, emilia_romagna(), c);
    CHECK(g.ranked[0].esito == art16::Esito::posto);
    CHECK(g.candidature[g.ranked[0].candidatura].protocol == "000002");
}
