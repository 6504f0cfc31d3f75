// The HTML reports open in a real browser: Chromium headless (/usr/bin/chromium, installed by
// scripts/install-deps.sh) loads a graduatoria pubblica and gives back its text, with no console error.

#include "../cli/run_gradus.hpp"

#include <catch2/catch.hpp>

using namespace gradus::test;
namespace fs = std::filesystem;

TEST_CASE("Chromium headless renders the public graduatoria with its heading and rows", "[jobs][html]") {
    TempDir tmp;
    REQUIRE(fs::exists("/usr/bin/chromium"));
    const auto ranked = run_gradus("rank --no-store --avviso fixtures/art16/demo/avviso.xml --candidature "
                                   "fixtures/art16/demo/candidature-1.xml fixtures/art16/demo/candidature-2.xml --out '" +
                                       (tmp.path() / "out").string() + "'",
                                   tmp);
    REQUIRE(ranked.exit_code == 1);  // two candidature refused on purpose in the fixtures

    const fs::path profile = tmp.path() / "profile";
    const fs::path dom = tmp.path() / "dom.html";
    const fs::path log = tmp.path() / "chromium.txt";
    const std::string command =
        "timeout 120 /usr/bin/chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run "
        "--disable-background-networking --disable-component-update --disable-sync --enable-logging=stderr "
        "--user-data-dir='" + profile.string() + "' --dump-dom 'file://" + (tmp.path() / "out" / "pubblica.html").string() +
        "' >'" + dom.string() + "' 2>'" + log.string() + "'";
    REQUIRE(std::system(command.c_str()) == 0);

    const std::string page = slurp(dom);
    INFO(slurp(log));
    CHECK(page.find("<h1>Graduatoria art. 16 L. 56/1987 - avviso ER-FC-2026-0007</h1>") != std::string::npos);
    CHECK(page.find("Comune di Forlì") != std::string::npos);
    // The first position and its protocol, and no personal data in the public list.
    CHECK(page.find("<tr><td class=\"num\">1</td><td>2026/000070</td><td class=\"num\">111</td><td>posto</td></tr>") !=
          std::string::npos);
    CHECK(page.find("MRNMNC73C53Z100W") == std::string::npos);
    CHECK(page.find("Marino") == std::string::npos);
    CHECK(slurp(log).find("CONSOLE") == std::string::npos);
}
