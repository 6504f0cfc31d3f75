// The same ranking with 1 and 2 threads: scoring and the parallel sort must not change a byte.

#include "builders.hpp"

#include "gradus/art16/ranking.hpp"

#include <catch2/catch.hpp>
#include <oneapi/tbb/global_control.h>

using namespace gradus;
using namespace gradus::test;

namespace {

std::vector<art16::Candidatura> many(int n) {
    std::vector<art16::Candidatura> out;
    for (int i = 0; i < n; ++i) {
        auto c = candidatura(i);
        c.protocol = std::to_string(100000 + i);
        std::string cf = codice_fiscale(i % 900);
        cf[0] = static_cast<char>('A' + (i / 900) % 26);  // distinct people, still valid structure
        cf[15] = CodiceFiscale::check_character(cf.substr(0, 15));
        c.codice_fiscale = cf;
        c.birth = Date::from_ymd(1960 + i % 40, 1 + i % 12, 1 + i % 28);
        if (i % 3) c.isee = isee((std::to_string((i * 7919) % 40000) + "." + std::to_string(10 + i % 90)).c_str());
        if (i % 2) c.did_date = Date::from_ymd(2020 + i % 6, 1 + i % 12, 1);
        out.push_back(c);
    }
    return out;
}

std::vector<std::pair<std::string, std::string>> flatten(const art16::Graduatoria& g) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const auto& r : g.ranked) {
        out.emplace_back(g.candidature[r.candidatura].protocol, r.score.to_string() + "|" + r.decided_by + "|" +
                                                                    std::string(art16::to_string(r.esito)));
    }
    return out;
}

}  // namespace

TEST_CASE("Ranking 5000 candidates gives the same order with 1 and 2 threads", "[art16][determinism]") {
    const auto input = many(5000);
    auto a = avviso();
    a.posts = 20;
    std::vector<std::pair<std::string, std::string>> one, two;
    {
        tbb::global_control serial(tbb::global_control::max_allowed_parallelism, 1);
        one = flatten(art16::rank(a, emilia_romagna(), input));
    }
    {
        tbb::global_control parallel(tbb::global_control::max_allowed_parallelism, 2);
        two = flatten(art16::rank(a, emilia_romagna(), input));
    }
    REQUIRE(one.size() == 5000);
    CHECK(one == two);
}
