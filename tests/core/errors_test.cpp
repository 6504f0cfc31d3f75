#include "gradus/core/errors.hpp"
#include "gradus/core/explanation.hpp"

#include <catch2/catch.hpp>

using namespace gradus;

TEST_CASE("SourcePosition prints only the parts it knows", "[core][errors]") {
    CHECK(SourcePosition{"in.xml", 12, 7}.to_string() == "in.xml:12:7");
    CHECK(SourcePosition{"in.xml", 12, 0}.to_string() == "in.xml:12");
    CHECK(SourcePosition{"in.xml", 0, 0}.to_string() == "in.xml");
    // A column without a line means nothing on its own.
    CHECK(SourcePosition{"in.xml", 0, 7}.to_string() == "in.xml");
}

TEST_CASE("InputIssue prints position, record, field, rule and message", "[core][errors]") {
    const InputIssue issue{{"in.xml", 12, 7}, "123", "isee", "xsd", "not a decimal"};
    CHECK(issue.to_string() == "in.xml:12:7: record 123: field isee: rule xsd: not a decimal");
}

TEST_CASE("InputIssue skips the parts it does not have", "[core][errors]") {
    CHECK(InputIssue{{"in.xml", 3, 0}, "", "", "", "DOCTYPE not allowed"}.to_string() ==
          "in.xml:3: DOCTYPE not allowed");
    CHECK(InputIssue{{}, "RSSMRA85T10A562S", "", "duplicate", "seen twice"}.to_string() ==
          "record RSSMRA85T10A562S: rule duplicate: seen twice");
    CHECK(InputIssue{{}, "", "", "", "bare"}.to_string() == "bare");
}

TEST_CASE("InputError carries its issue and says it in what()", "[core][errors]") {
    const InputIssue issue{{"a.xml", 1, 2}, "9", "data_nascita", "date", "2025-02-30 is not a date"};
    try {
        throw InputError(issue);
    } catch (const Error& e) {
        CHECK(std::string(e.what()) == "a.xml:1:2: record 9: field data_nascita: rule date: 2025-02-30 is not a date");
        const auto* input = dynamic_cast<const InputError*>(&e);
        REQUIRE(input != nullptr);
        CHECK(input->issue().field == "data_nascita");
        CHECK(input->issue().where.line == 1);
    }
}

TEST_CASE("IssueLog append keeps both logs in order", "[core][errors]") {
    IssueLog first;
    first.add({{"a.xml", 1, 0}, "1", "", "xsd", "one"});
    IssueLog second;
    second.add({{"b.xml", 2, 0}, "2", "", "xsd", "two"});
    second.add({{"b.xml", 3, 0}, "3", "", "xsd", "three"});
    first.append(second);
    REQUIRE(first.size() == 3);
    CHECK(first.issues()[0].message == "one");
    CHECK(first.issues()[1].message == "two");
    CHECK(first.issues()[2].message == "three");
    CHECK(second.size() == 2);
    CHECK_FALSE(first.empty());
    CHECK(IssueLog{}.empty());
}

TEST_CASE("Explanation add returns the new step, find returns the first match", "[core][explanation]") {
    Explanation ex;
    CHECK(ex.empty());
    ExplanationStep& isee = ex.add("isee.points", "DGR 1219/2021 All. A", "12.50", "punti ISEE");
    isee.inputs.emplace_back("isee", "8000.00");
    ex.add("carico.points", "DGR 1219/2021 All. A", "4");
    ex.add("isee.points", "second", "0");

    REQUIRE(ex.steps().size() == 3);
    CHECK(ex.steps()[0].inputs.size() == 1);
    CHECK(ex.steps()[0].note == "punti ISEE");
    const ExplanationStep* found = ex.find("isee.points");
    REQUIRE(found != nullptr);
    CHECK(found->source == "DGR 1219/2021 All. A");
    CHECK(found->value == "12.50");
    CHECK(ex.find("carico.points")->value == "4");
    CHECK(ex.find("missing") == nullptr);
}

TEST_CASE("Explanation append and equality", "[core][explanation]") {
    Explanation a;
    a.add("r1", "s1", "1");
    Explanation b;
    b.add("r2", "s2", "2");
    Explanation joined = a;
    joined.append(b);
    REQUIRE(joined.steps().size() == 2);
    CHECK(joined.steps()[1].rule == "r2");

    Explanation same;
    same.add("r1", "s1", "1");
    same.add("r2", "s2", "2");
    CHECK(joined == same);
    CHECK_FALSE(joined == a);
}
