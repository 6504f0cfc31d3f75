// A trail is a value: a copy that grows must leave the original as it was, since a report may
// extend a ranked candidate's trail (tie-break, post) without touching the graduatoria's.

#include "gradus/core/explanation.hpp"

#include <catch2/catch.hpp>

#include <utility>

using gradus::Explanation;

TEST_CASE("a copy of a trail is its own: steps added to it do not reach the original", "[core]") {
    Explanation original;
    original.add("base", "DPR 487/1994 Tabella", "100", "Punteggio di partenza.");
    Explanation copy = original;
    copy.add("ordine.parita", "DGR 1/2017", "piu_giovane");
    REQUIRE(original.steps().size() == 1);
    REQUIRE(copy.steps().size() == 2);
    CHECK_FALSE(copy == original);

    Explanation assigned;
    assigned = original;
    CHECK(assigned == original);
    assigned.append(copy);
    CHECK(assigned.steps().size() == 3);
    CHECK(original.steps().size() == 1);
}

TEST_CASE("an empty trail has no steps, finds nothing and equals any other empty trail", "[core]") {
    const Explanation none;
    CHECK(none.empty());
    CHECK(none.steps().empty());
    CHECK(none.find("base") == nullptr);
    CHECK(none == Explanation(none));

    Explanation moved;
    moved.add("base", "", "100");
    const Explanation taken = std::move(moved);
    CHECK(taken.find("base") != nullptr);
    CHECK(taken.find("base")->value == "100");
}

TEST_CASE("a trail appended to itself doubles, in order", "[core]") {
    Explanation trail;
    trail.add("base", "", "100");
    trail.add("isee", "", "-3");
    trail.append(trail);
    REQUIRE(trail.steps().size() == 4);
    CHECK(trail.steps()[2].rule == "base");
    CHECK(trail.steps()[3].rule == "isee");
}
