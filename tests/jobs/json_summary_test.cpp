// --json and --log, common to every command: one JSON summary line instead of the text, and
// structured log lines with the run id.

#include "../cli/run_gradus.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace gradus::test;

TEST_CASE("The JSON summary replaces the text, and the log gets a start and an end line per command", "[jobs][json]") {
    TempDir tmp;
    const std::string db = " --db 'sqlite:" + (tmp.path() / "g.db").string() + "'";
    const std::string log = " --log '" + (tmp.path() / "log.jsonl").string() + "'";
    const auto ranked = run_gradus("rank --avviso fixtures/art16/demo/avviso.xml --candidature "
                                   "fixtures/art16/demo/candidature-1.xml fixtures/art16/demo/candidature-2.xml --out '" +
                                       (tmp.path() / "out").string() + "' --json" + db + log,
                                   tmp);
    CHECK(ranked.exit_code == 1);
    CHECK(ranked.out == "{\"command\":\"rank\",\"exit_status\":1,\"completed\":true,\"run_id\":1,\"counts\":"
                        "{\"records_read\":300,\"ranked\":287,\"excluded\":11,\"rejected\":2},\"outputs\":"
                        "{\"graduatoria_html\":\"" + (tmp.path() / "out" / "graduatoria.html").string() +
                            "\",\"pubblica_html\":\"" + (tmp.path() / "out" / "pubblica.html").string() +
                            "\",\"folder\":\"" + (tmp.path() / "out").string() + "\"}}\n");
    CHECK(ranked.err.find("rejected: candidature-1.xml:1543:36") != std::string::npos);  // errors stay on stderr

    const auto runs = run_gradus("runs --json" + db + log, tmp);
    CHECK(runs.out == "{\"command\":\"runs\",\"exit_status\":0,\"completed\":true,\"run_id\":null,\"counts\":{\"runs\":1},"
                      "\"outputs\":{}}\n");

    // A command that stops on an error says so too: not completed, exit 1.
    const auto missing = run_gradus("lsu --progetto nowhere.xml --as-of 2026-03-20 --out x --json" + db + log, tmp);
    CHECK(missing.exit_code == 1);
    CHECK(missing.out.rfind("{\"command\":\"lsu\",\"exit_status\":1,\"completed\":false,\"run_id\":null", 0) == 0);

    const std::string lines = slurp(tmp.path() / "log.jsonl");
    CHECK(lines.find("\"level\":\"info\",\"command\":\"rank\",\"message\":\"started\"}") != std::string::npos);
    CHECK(lines.find("\"level\":\"warning\",\"command\":\"rank\",\"run_id\":1,\"message\":\"finished with exit status 1: {") !=
          std::string::npos);
    CHECK(lines.find("\"level\":\"info\",\"command\":\"runs\",\"message\":\"finished with exit status 0: {") != std::string::npos);
    CHECK(lines.find("\"level\":\"error\",\"command\":\"lsu\",\"message\":\"finished with exit status 1: {") !=
          std::string::npos);
    CHECK(std::count(lines.begin(), lines.end(), '\n') == 6);
}
