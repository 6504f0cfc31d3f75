// gradus obblighi end to end on the fixtures, as an office would run it.

#include "../cli/run_gradus.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <regex>
#include <sstream>
#include <vector>

using namespace gradus::test;

namespace {

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out.push_back(line);
    }
    return out;
}

std::string row_of(const std::vector<std::string>& rows, const std::string& start) {
    const auto found = std::find_if(rows.begin(), rows.end(), [&](const std::string& r) { return r.rfind(start, 0) == 0; });
    return found == rows.end() ? std::string() : *found;
}

std::string obblighi(const TempDir& tmp, const std::string& out, const std::string& extra) {
    return "obblighi --prospetti fixtures/l68/prospetti fixtures/l68/scartati --as-of 2025-06-30 --out '" +
           (tmp.path() / out).string() + "' --db 'sqlite:" + (tmp.path() / "gradus.db").string() + "' " + extra;
}

}  // namespace

TEST_CASE("gradus obblighi: outputs, amounts and the stored run for the fixture folder", "[l68][cli]") {
    TempDir tmp;
    const Outcome r = run_gradus(obblighi(tmp, "out", ""), tmp);
    CHECK(r.exit_code == 1);  // five files refused on purpose
    CHECK(r.out.find("29 prospetti considered, 5 superseded, 5 refused (of 39 files read)") != std::string::npos);
    CHECK(r.err.find("doctype-xxe.xml:2:1: rule doctype") != std::string::npos);
    const auto rows = lines(slurp(tmp.path() / "out/obblighi.csv"));
    CHECK(rows.size() == 1 + 26 * 2 + 3 * 3);  // 26 one-province prospetti, 3 two-province ones
    // 12-esonero-approvato: 4 exempted units x 123 working days (1/1-30/6/2025) x 39,21 = 19.291,32;
    // 1 uncovered unit x 82 working days (2/3-30/6/2025) x 5 x 39,21 = 16.076,10.
    CHECK(row_of(rows, "10000000124;Esonero Approvato spa;PI24000000000012;NAZ;") ==
          "10000000124;Esonero Approvato spa;PI24000000000012;NAZ;A;100;100;7;1;4;2;0;0;0;0;1;1;N;123;19291,32;82;16076,10;S");
    CHECK(row_of(rows, "10000000165;Cassa Integrazione srl;PI24000000000016;058;") ==
          "10000000165;Cassa Integrazione srl;PI24000000000016;058;C;30;40;1;0;0;0;0;0;0;0;1;0;S;123;0,00;82;16076,10;S");
    const auto late = lines(slurp(tmp.path() / "out/ritardi.csv"));
    REQUIRE(late.size() == 2);
    CHECK(late[1] == "10000000256;Ritardataria srl;PI24000000000025;2024-12-31;2025-01-31;2025-02-10T16:30:00;10;1042,63;"
                     "\"L. 68/1999 art. 15 c. 1; DM 194/2021\"");
    CHECK(lines(slurp(tmp.path() / "out/discrepanze.csv")).size() == 1 + 5);
    CHECK(lines(slurp(tmp.path() / "out/scarti.csv")).size() == 1 + 5 + 5);
    CHECK(slurp(tmp.path() / "out/obblighi.html").find("Totali per provincia") != std::string::npos);
    CHECK(slurp(tmp.path() / "out/obblighi.xml").find("<obblighi xmlns=\"urn:gradus:obblighi:1\"") != std::string::npos);
    const Outcome runs = run_gradus("runs --db 'sqlite:" + (tmp.path() / "gradus.db").string() + "'", tmp);
    CHECK(runs.out.find("l68-obblighi\tsucceeded") != std::string::npos);
}

TEST_CASE("gradus obblighi: --provincia limits the rows; the result does not depend on threads", "[l68][cli]") {
    TempDir tmp;
    run_gradus(obblighi(tmp, "bo", "--provincia 037 --no-store"), tmp);
    const auto rows = lines(slurp(tmp.path() / "bo/obblighi.csv"));
    CHECK(rows.size() == 1 + 3 * 2);  // 17, 18 and 19 have Bologna: its row and the national one
    CHECK(row_of(rows, "10000000181;Emilia srl;PI24000000000018;037;") ==
          "10000000181;Emilia srl;PI24000000000018;037;B;25;25;2;0;0;0;0;0;0;0;2;0;N;123;0,00;82;32152,20;S");
    run_gradus(obblighi(tmp, "one", "--threads 1 --no-store"), tmp);
    run_gradus(obblighi(tmp, "two", "--threads 2 --no-store"), tmp);
    for (const char* f : {"obblighi.csv", "obblighi.xml", "obblighi.html", "scarti.csv", "discrepanze.csv"}) {
        CAPTURE(f);
        CHECK(slurp(tmp.path() / "one" / f) == slurp(tmp.path() / "two" / f));
    }
    CHECK(run_gradus(obblighi(tmp, "x", "--provincia 58"), tmp).exit_code == 2);
}

TEST_CASE("gradus obblighi --reports writes only the chosen reports and the scarti; replay renders the same choice", "[l68][cli]") {
    TempDir tmp;
    const auto names_in = [&tmp](const char* folder) {
        std::vector<std::string> names;
        for (const auto& e : std::filesystem::directory_iterator(tmp.path() / folder)) names.push_back(e.path().filename().string());
        std::sort(names.begin(), names.end());
        return names;
    };
    const Outcome stored = run_gradus(obblighi(tmp, "csv", "--reports obblighi.csv ritardi.csv"), tmp);
    CHECK(stored.exit_code == 1);  // the fixtures' refused files
    CHECK(names_in("csv") == std::vector<std::string>{"obblighi.csv", "ritardi.csv", "scarti.csv"});
    run_gradus(obblighi(tmp, "all", "--no-store"), tmp);
    CHECK(slurp(tmp.path() / "csv/obblighi.csv") == slurp(tmp.path() / "all/obblighi.csv"));
    const Outcome replay = run_gradus("replay 1 --db 'sqlite:" + (tmp.path() / "gradus.db").string() + "'", tmp);
    INFO(replay.out << replay.err);
    CHECK(replay.exit_code == 0);
    CHECK(replay.out.find("obblighi.csv: identical") != std::string::npos);
    CHECK(replay.out.find("obblighi.html") == std::string::npos);

    run_gradus(obblighi(tmp, "nostore", "--no-store --reports obblighi.xml"), tmp);
    CHECK(names_in("nostore") == std::vector<std::string>{"obblighi.xml", "scarti.csv"});

    const Outcome bad = run_gradus(obblighi(tmp, "bad", "--reports obblighi.pdf"), tmp);
    CHECK(bad.exit_code == 2);
    CHECK(bad.err.find("obblighi.pdf") != std::string::npos);
}

TEST_CASE("gradus obblighi --timings names each stage of the run, stored or not", "[l68][cli][timings]") {
    TempDir tmp;
    const Outcome unstored = run_gradus(obblighi(tmp, "a", "--no-store --quiet --timings"), tmp);
    CHECK(std::regex_search(unstored.err, std::regex(R"(timings: list=\S+ parse=\S+ assess=\S+ reports=\S+ write=\S+ total=)")));
    const Outcome stored = run_gradus(obblighi(tmp, "b", "--quiet --timings"), tmp);
    CHECK(std::regex_search(stored.err,
                            std::regex(R"(timings: list=\S+ parse=\S+ assess=\S+ inputs=\S+ reports=\S+ rows=\S+ )"
                                       R"(commit=\S+ write=\S+ total=)")));
    CHECK(run_gradus(obblighi(tmp, "c", "--no-store --quiet"), tmp).err.find("timings:") == std::string::npos);
}
