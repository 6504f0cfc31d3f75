#include "gradus/core/decimal.hpp"
#include "gradus/core/errors.hpp"

#include <catch2/catch.hpp>

#include <cstdint>
#include <limits>
#include <string>
#include <vector>

using gradus::ConfigError;
using gradus::Decimal;
using gradus::OverflowError;
using gradus::ParseError;
using gradus::Rounding;
using Catch::Matchers::Contains;

namespace {

Decimal d(const char* text) { return Decimal::parse(text); }

const Decimal::Units max_units = std::numeric_limits<Decimal::Units>::max();

}  // namespace

TEST_CASE("Decimal parses dot notation into units and scale", "[core][decimal]") {
    const Decimal a = d("1234.56");
    CHECK(a.units() == 123456);
    CHECK(a.scale() == 2);
    CHECK(d("-0.5").units() == -5);
    CHECK(d("-0.5").scale() == 1);
    CHECK(d("+7").units() == 7);
    CHECK(d("+7").scale() == 0);
    CHECK(d("42").units() == 42);
    CHECK(d("007.10").units() == 710);
    CHECK(d("007.10").scale() == 2);
    // xs:decimal lexical forms with an empty side of the point.
    CHECK(d("5.").units() == 5);
    CHECK(d("5.").scale() == 0);
    CHECK(d(".5").units() == 5);
    CHECK(d(".5").scale() == 1);
    CHECK(d("-0.00").signum() == 0);
    CHECK(d("-0.00").to_string() == "0.00");
}

TEST_CASE("Decimal::parse rejects anything but plain dot notation, naming the text", "[core][decimal]") {
    for (const char* bad : {"", "-", "+", ".", "1e5", "12.3.4", "1,5", " 1", "1 ", "1.234,56", "--1", "+-1",
                            "0x10", "1_000", "١"}) {
        INFO("text: '" << bad << "'");
        CHECK_THROWS_AS(Decimal::parse(bad), ParseError);
        CHECK_THROWS_WITH(Decimal::parse(bad), Contains("'" + std::string(bad) + "'"));
    }
}

TEST_CASE("Decimal::parse limits: 18 decimals and the 128-bit range", "[core][decimal]") {
    CHECK(d("0.123456789012345678").scale() == 18);
    CHECK_THROWS_WITH(Decimal::parse("0.1234567890123456789"), Contains("19 decimals"));
    // 2^128 - 1 is the largest magnitude of checked_int128_t.
    CHECK(d("340282366920938463463374607431768211455").units() == max_units);
    CHECK(d("-340282366920938463463374607431768211455").units() == -max_units);
    CHECK_THROWS_AS(Decimal::parse("340282366920938463463374607431768211456"), ParseError);
    CHECK_THROWS_WITH(Decimal::parse("100000000000000000000000000000000000000000"), Contains("out of range"));
    // 39 digits of which 18 decimals: 10^38 units.
    CHECK(d("100000000000000000000.000000000000000000").units() ==
          Decimal::Units("100000000000000000000000000000000000000"));
}

TEST_CASE("Decimal parses Italian notation", "[core][decimal]") {
    CHECK(Decimal::parse_italian("1.234,56") == d("1234.56"));
    CHECK(Decimal::parse_italian("1.234,56").scale() == 2);
    CHECK(Decimal::parse_italian("1234,56") == d("1234.56"));
    CHECK(Decimal::parse_italian("-0,5").units() == -5);
    CHECK(Decimal::parse_italian("12").units() == 12);
    CHECK(Decimal::parse_italian("1.234.567,891").units() == 1234567891);
    CHECK(Decimal::parse_italian("1.234.567,891").scale() == 3);
    // A dot is always a thousands separator in Italian: "1.234" is one thousand two hundred thirty-four.
    CHECK(Decimal::parse_italian("1.234").units() == 1234);
    CHECK(Decimal::parse_italian("1.234").scale() == 0);
    CHECK(Decimal::parse_italian("+999.000,0").units() == 9990000);
}

TEST_CASE("Decimal::parse_italian rejects bad groups and separators, naming the text", "[core][decimal]") {
    for (const char* bad : {"1.23,4", "1,2,3", "", "-", "1e5", "12.3.4", "1234.567", ".234,5", "1.234,", ",5",
                            "1..234", "1.2345", "1234.56", "1.234.", "0001.000", "1 234,5"}) {
        INFO("text: '" << bad << "'");
        CHECK_THROWS_AS(Decimal::parse_italian(bad), ParseError);
        CHECK_THROWS_WITH(Decimal::parse_italian(bad), Contains("'" + std::string(bad) + "'"));
    }
}

TEST_CASE("Decimal::to_string keeps exactly scale() decimals", "[core][decimal]") {
    CHECK(Decimal::from_units(1050, 2).to_string() == "10.50");
    CHECK(Decimal::from_units(-5, 2).to_string() == "-0.05");
    CHECK(Decimal::from_units(0, 3).to_string() == "0.000");
    CHECK(Decimal::from_units(-7, 0).to_string() == "-7");
    CHECK(Decimal::from_units(1, 18).to_string() == "0.000000000000000001");
    CHECK(Decimal::from_units(max_units, 0).to_string() == "340282366920938463463374607431768211455");
    CHECK(Decimal::from_units(-max_units, 18).to_string() == "-340282366920938463463.374607431768211455");
    // Crosses the 10^18 block boundary with an inner block of zeros.
    CHECK(d("1000000000000000000000000000000000000.5").to_string() == "1000000000000000000000000000000000000.5");
    CHECK(d("12345678901234567890.000000000000000001").to_string() == "12345678901234567890.000000000000000001");
}

TEST_CASE("Decimal::to_italian uses comma decimals and optional dot groups", "[core][decimal]") {
    CHECK(d("1234567.891").to_italian() == "1.234.567,891");
    CHECK(d("1234567.891").to_italian(false) == "1234567,891");
    CHECK(d("-1000").to_italian() == "-1.000");
    CHECK(d("999").to_italian() == "999");
    CHECK(d("-0.50").to_italian() == "-0,50");
    CHECK(d("100000").to_italian() == "100.000");
    CHECK(d("1000000").to_italian() == "1.000.000");
    CHECK(d("12345.6").to_italian() == "12.345,6");
    CHECK(Decimal::parse_italian(d("98765432.10").to_italian()) == d("98765432.10"));
}

TEST_CASE("Decimal addition and subtraction are exact at the larger scale", "[core][decimal]") {
    const Decimal sum = d("1.5") + d("2.25");
    CHECK(sum.to_string() == "3.75");
    CHECK(sum.scale() == 2);
    CHECK(d("0.1") + d("0.2") == d("0.3"));
    CHECK((d("10") - d("0.01")).to_string() == "9.99");
    CHECK((d("1.25") - d("3")).to_string() == "-1.75");
    CHECK((-d("2.50")).to_string() == "-2.50");
    Decimal acc;
    for (int i = 0; i < 10; ++i) {
        acc += d("0.1");
    }
    CHECK(acc == 1);
    CHECK(acc.to_string() == "1.0");
    acc -= d("0.35");
    CHECK(acc.to_string() == "0.65");
}

TEST_CASE("Decimal multiplication keeps the sum of scales", "[core][decimal]") {
    const Decimal product = d("1.25") * d("0.2");
    CHECK(product.to_string() == "0.250");
    CHECK(product.scale() == 3);
    CHECK((d("-3.5") * d("2")).to_string() == "-7.0");
    CHECK((d("-0.5") * d("-0.5")).to_string() == "0.25");
    CHECK((d("38979.50") * d("0.0001")).to_string() == "3.897950");
}

TEST_CASE("Decimal multiplication beyond 18 decimals is exact or throws", "[core][decimal]") {
    // 5e-9 * 2e-9 = 1e-17: 20 decimals whose last two are zeros, kept at scale 18.
    const Decimal tiny = Decimal::from_units(50, 10) * Decimal::from_units(20, 10);
    CHECK(tiny.scale() == 18);
    CHECK(tiny.to_string() == "0.000000000000000010");
    // 5e-10 * 2e-10 = 1e-19 cannot be written with 18 decimals.
    CHECK_THROWS_AS(Decimal::from_units(5, 10) * Decimal::from_units(2, 10), OverflowError);
    CHECK_THROWS_WITH(Decimal::from_units(5, 10) * Decimal::from_units(2, 10), Contains("20 decimals"));
}

TEST_CASE("Decimal comparison is numeric across scales", "[core][decimal]") {
    CHECK(d("1.50") == d("1.5"));
    CHECK(d("1.50") == d("1.500000000000000000"));
    CHECK(d("1.5") < d("1.51"));
    CHECK(d("-1.5") < d("-1.49"));
    CHECK(d("-0.00") == d("0"));
    CHECK(d("2") > d("1.999999999999999999"));
    CHECK((d("1.50") <=> d("1.5")) == std::strong_ordering::equal);
    // A huge integer against a tiny fraction: rescaling must not overflow.
    const Decimal huge = Decimal::from_units(max_units, 0);
    const Decimal small = Decimal::from_units(1, 18);
    CHECK(huge > small);
    CHECK(-huge < small);
    CHECK(Decimal::from_units(max_units, 18) < huge);
}

TEST_CASE("Decimal comparison at one scale orders by sign, then by both 64-bit halves of the magnitude", "[core][decimal]") {
    // 2^64 = 18446744073709551616: the first magnitude with a high half.
    const Decimal two_64 = d("18446744073709551616");
    const Decimal just_below = d("18446744073709551615");
    CHECK(just_below < two_64);
    CHECK(-two_64 < -just_below);
    CHECK(d("36893488147419103232") > d("18446744073709551617"));  // 2^65 > 2^64 + 1
    CHECK(-two_64 < d("0"));
    CHECK(d("0") < d("1"));
    CHECK(-d("0.01") < d("0.00"));
    CHECK((two_64 <=> d("18446744073709551616")) == std::strong_ordering::equal);
    CHECK((-two_64).units() == -Decimal::Units(two_64.units()));
    CHECK(two_64.to_string() == "18446744073709551616");
}

TEST_CASE("Decimal rounding modes on ties and non-ties", "[core][decimal]") {
    struct Row {
        const char* value;
        std::int64_t half_up, half_even, truncate, over_half;
    };
    // L. 68/1999 art. 4 c. 2: over_half rounds up only fractions strictly above 0,50.
    const std::vector<Row> rows{
        {"2.5", 3, 2, 2, 2},          {"-2.5", -3, -2, -2, -2},     {"3.5", 4, 4, 3, 3},
        {"2.4", 2, 2, 2, 2},          {"2.6", 3, 3, 2, 3},          {"2.9", 3, 3, 2, 3},
        {"-2.9", -3, -3, -2, -3},     {"10.50", 11, 10, 10, 10},    {"10.51", 11, 11, 10, 11},
        {"-10.50", -11, -10, -10, -10}, {"-10.51", -11, -11, -10, -11}, {"0.499", 0, 0, 0, 0},
        {"7", 7, 7, 7, 7},            {"-0.5", -1, 0, 0, 0},        {"1.5", 2, 2, 1, 1},
    };
    for (const auto& row : rows) {
        INFO("value " << row.value);
        const Decimal v = d(row.value);
        CHECK(v.rounded(0, Rounding::half_up) == row.half_up);
        CHECK(v.rounded(0, Rounding::half_even) == row.half_even);
        CHECK(v.rounded(0, Rounding::truncate) == row.truncate);
        CHECK(v.rounded(0, Rounding::over_half) == row.over_half);
        CHECK(v.to_int64(Rounding::half_up) == row.half_up);
        CHECK(v.to_int64(Rounding::over_half) == row.over_half);
    }
}

TEST_CASE("Decimal::rounded to some decimals and to more decimals", "[core][decimal]") {
    CHECK(d("2.45").rounded(1, Rounding::half_even).to_string() == "2.4");
    CHECK(d("2.55").rounded(1, Rounding::half_even).to_string() == "2.6");
    CHECK(d("2.45").rounded(1, Rounding::half_up).to_string() == "2.5");
    CHECK(d("-2.45").rounded(1, Rounding::half_up).to_string() == "-2.5");
    CHECK(d("1.23456").rounded(3, Rounding::truncate).to_string() == "1.234");
    CHECK(d("1.5").rounded(4, Rounding::truncate).to_string() == "1.5000");
    CHECK(d("0.004").rounded(2, Rounding::half_up).to_string() == "0.00");
}

TEST_CASE("Decimal::rescaled never loses digits", "[core][decimal]") {
    CHECK(d("1.50").rescaled(1).to_string() == "1.5");
    CHECK(d("1.5").rescaled(4).to_string() == "1.5000");
    CHECK_THROWS_AS(d("1.55").rescaled(1), OverflowError);
    CHECK_THROWS_WITH(d("38979.505").rescaled(2), Contains("38979.505"));
}

TEST_CASE("Decimal::divide rounds the exact quotient once", "[core][decimal]") {
    // 59300.5 / 7000 = 8.4715 exactly: half_up to 3 decimals is 8.472 (cpp_dec_float gave 8.471).
    CHECK(Decimal::divide(d("59300.5"), 7000, 3, Rounding::half_up).to_string() == "8.472");
    CHECK(Decimal::divide(d("59300.5"), 7000, 3, Rounding::half_even).to_string() == "8.472");
    CHECK(Decimal::divide(d("59300.5"), 7000, 3, Rounding::over_half).to_string() == "8.471");
    // 4449 / 10000 = 0.4449: one rounding gives 0.44; rounding to 0.445 first would give 0.45.
    CHECK(Decimal::divide(4449, 10000, 2, Rounding::half_up).to_string() == "0.44");
    CHECK(Decimal::divide(2, 3, 4, Rounding::half_up).to_string() == "0.6667");
    CHECK(Decimal::divide(-2, 3, 4, Rounding::half_up).to_string() == "-0.6667");
    CHECK(Decimal::divide(2, 3, 4, Rounding::truncate).to_string() == "0.6666");
    // 1 / -8 = -0.125
    CHECK(Decimal::divide(1, -8, 2, Rounding::half_up).to_string() == "-0.13");
    CHECK(Decimal::divide(1, -8, 2, Rounding::half_even).to_string() == "-0.12");
    CHECK(Decimal::divide(1, -8, 2, Rounding::truncate).to_string() == "-0.12");
    CHECK(Decimal::divide(1, -8, 2, Rounding::over_half).to_string() == "-0.12");
    CHECK(Decimal::divide(-1, -8, 2, Rounding::half_up).to_string() == "0.13");
    // Operands of different scales: 7.5 / 0.25 = 30
    CHECK(Decimal::divide(d("7.5"), d("0.25"), 2, Rounding::half_up).to_string() == "30.00");
    // L. 68/1999 art. 4 c. 2 on a quotient: 21 / 2 = 10.5 -> 10; 1051 / 100 = 10.51 -> 11.
    CHECK(Decimal::divide(21, 2, 0, Rounding::over_half) == 10);
    CHECK(Decimal::divide(1051, 100, 0, Rounding::over_half) == 11);
}

TEST_CASE("Decimal::divide matches a reference over small integers", "[core][decimal]") {
    // Reference: q = floor((2|n| + |d|) / 2|d|) for half_up, the rest from floor division.
    for (std::int64_t a = -60; a <= 60; ++a) {
        for (std::int64_t b = -13; b <= 13; ++b) {
            if (b == 0) {
                continue;
            }
            const std::int64_t n = a * 100;  // scale 2
            const std::int64_t an = n < 0 ? -n : n;
            const std::int64_t ab = b < 0 ? -b : b;
            const std::int64_t sign = (n < 0) != (b < 0) ? -1 : 1;
            const std::int64_t q0 = an / ab;
            const std::int64_t twice_r = 2 * (an - q0 * ab);
            const std::int64_t up = (2 * an + ab) / (2 * ab);
            const std::int64_t even = twice_r > ab || (twice_r == ab && q0 % 2 == 1) ? q0 + 1 : q0;
            const std::int64_t over = twice_r > ab ? q0 + 1 : q0;
            INFO(a << " / " << b);
            CHECK(Decimal::divide(a, b, 2, Rounding::half_up).units() == sign * up);
            CHECK(Decimal::divide(a, b, 2, Rounding::half_even).units() == sign * even);
            CHECK(Decimal::divide(a, b, 2, Rounding::truncate).units() == sign * q0);
            CHECK(Decimal::divide(a, b, 2, Rounding::over_half).units() == sign * over);
        }
    }
}

TEST_CASE("Decimal::divide by zero and out of range", "[core][decimal]") {
    CHECK_THROWS_AS(Decimal::divide(5, 0, 2, Rounding::half_up), OverflowError);
    CHECK_THROWS_WITH(Decimal::divide(5, d("0.00"), 2, Rounding::half_up), Contains("division by zero"));
    // 10^21 units at scale 18 (1000) / 1 at scale 18: the intermediate needs more than 128 bits.
    const Decimal thousand = d("1000").rescaled(18);
    CHECK(Decimal::divide(thousand, d("1").rescaled(18), 18, Rounding::half_up) == 1000);
    // 12.5 with 18 decimals has 1.25e19 units, past the 128-bit shortcut: ties still round right.
    const Decimal twelve_and_a_half = d("12.5").rescaled(18);
    const Decimal one = d("1").rescaled(18);
    CHECK(Decimal::divide(twelve_and_a_half, one, 0, Rounding::half_up) == 13);
    CHECK(Decimal::divide(twelve_and_a_half, one, 0, Rounding::half_even) == 12);
    CHECK(Decimal::divide(twelve_and_a_half, one, 0, Rounding::over_half) == 12);
    CHECK(Decimal::divide(-twelve_and_a_half, one, 0, Rounding::half_up) == -13);
    CHECK(Decimal::divide(twelve_and_a_half, -one, 0, Rounding::truncate) == -12);
    CHECK_THROWS_AS(Decimal::divide(Decimal::from_units(max_units, 0), d("0.5"), 0, Rounding::half_up),
                    OverflowError);
}

TEST_CASE("Decimal overflow becomes OverflowError, never a wrap", "[core][decimal]") {
    const Decimal top = Decimal::from_units(max_units, 0);
    CHECK_THROWS_AS(top + 1, OverflowError);
    CHECK_THROWS_WITH(top + 1, Contains("overflow"));
    CHECK_THROWS_AS(-top - 1, OverflowError);
    CHECK_THROWS_AS(top * 2, OverflowError);
    CHECK_THROWS_AS(top.rounded(1, Rounding::half_up), OverflowError);
    CHECK_THROWS_AS(top + d("0.1"), OverflowError);  // aligning scales overflows
    CHECK((top - 1) + 1 == top);
    try {
        (void)(top * top);
        FAIL("no exception");
    } catch (const gradus::Error& e) {
        CHECK(std::string(e.what()).find("overflow") != std::string::npos);
    }
}

TEST_CASE("Decimal::to_int64 checks the int64 range", "[core][decimal]") {
    CHECK(d("-9223372036854775808").to_int64(Rounding::truncate) == std::numeric_limits<std::int64_t>::min());
    CHECK(d("9223372036854775807.4").to_int64(Rounding::half_up) == std::numeric_limits<std::int64_t>::max());
    CHECK_THROWS_AS(d("9223372036854775807.5").to_int64(Rounding::half_up), OverflowError);
    CHECK(d("9223372036854775807.5").to_int64(Rounding::truncate) == std::numeric_limits<std::int64_t>::max());
    CHECK_THROWS_AS(d("9223372036854775808").to_int64(Rounding::truncate), OverflowError);
    CHECK_THROWS_AS(d("-9223372036854775809").to_int64(Rounding::truncate), OverflowError);
}

TEST_CASE("Decimal scales outside 0..18 are rejected", "[core][decimal]") {
    CHECK_THROWS_AS(Decimal::from_units(1, 19), ConfigError);
    CHECK_THROWS_AS(Decimal::from_units(1, -1), ConfigError);
    CHECK_THROWS_AS(Decimal::divide(1, 3, 19, Rounding::half_up), ConfigError);
    CHECK_THROWS_WITH(d("1").rounded(19, Rounding::half_up), Contains("scale 19"));
    CHECK_THROWS_AS(d("1").rescaled(-1), ConfigError);
    CHECK(Decimal::from_units(1, 18).scale() == 18);
}

TEST_CASE("Decimal basic queries", "[core][decimal]") {
    CHECK(Decimal().is_zero());
    CHECK(Decimal().scale() == 0);
    CHECK(Decimal().to_string() == "0");
    const Decimal from_int = std::int64_t{-42};
    CHECK(from_int.to_string() == "-42");
    CHECK(Decimal(std::numeric_limits<std::int64_t>::min()).to_string() == "-9223372036854775808");
    CHECK(d("3.00").is_integer());
    CHECK_FALSE(d("3.01").is_integer());
    CHECK(d("-3").is_integer());
    CHECK(d("-0.01").signum() == -1);
    CHECK(d("0.01").signum() == 1);
    CHECK(d("0.00").signum() == 0);
}

TEST_CASE("Rounding names round-trip; unknown names are a ConfigError", "[core][decimal]") {
    for (const Rounding r : {Rounding::half_up, Rounding::half_even, Rounding::truncate, Rounding::over_half}) {
        CHECK(gradus::parse_rounding(gradus::to_string(r)) == r);
    }
    CHECK(gradus::to_string(Rounding::over_half) == "over_half");
    CHECK(gradus::parse_rounding("half_even") == Rounding::half_even);
    CHECK_THROWS_AS(gradus::parse_rounding("HALF_UP"), ConfigError);
    CHECK_THROWS_WITH(gradus::parse_rounding("round"), Contains("'round'"));
}
