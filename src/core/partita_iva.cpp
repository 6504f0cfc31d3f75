#include "gradus/core/codice_fiscale.hpp"

#include "gradus/core/errors.hpp"
#include "identifier_text.hpp"

namespace gradus {

namespace {

constexpr std::size_t piva_length = 11;

[[noreturn]] void reject(std::string_view text, const std::string& what) {
    throw ParseError("partita IVA '" + std::string(text) + "': " + what);
}

void require_digits(std::string_view original, std::string_view digits) {
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (digits[i] < '0' || digits[i] > '9') {
            reject(original, "position " + std::to_string(i + 1) + ": '" + std::string(1, digits[i]) +
                                 "' is not a digit");
        }
    }
}

// DM 23/12/1976: odd positions as they are, even positions doubled (minus 9 above 9);
// the check digit brings the total to a multiple of 10.
char compute_check(std::string_view first10) {
    int sum = 0;
    for (std::size_t i = 0; i < first10.size(); ++i) {
        const int digit = first10[i] - '0';
        if (i % 2 == 0) {
            sum += digit;
        } else {
            sum += digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
        }
    }
    return static_cast<char>('0' + (10 - sum % 10) % 10);
}

}  // namespace

PartitaIva PartitaIva::parse(std::string_view text) {
    std::string code = detail::normalized_identifier(text);
    if (code.size() != piva_length) {
        reject(text, "length " + std::to_string(code.size()) + ", expected 11");
    }
    require_digits(text, code);
    const char expected = compute_check(std::string_view(code).substr(0, piva_length - 1));
    if (code.back() != expected) {
        reject(text, std::string("check digit: expected '") + expected + "', found '" + code.back() + "'");
    }
    return PartitaIva(std::move(code));
}

bool PartitaIva::is_valid(std::string_view text) {
    try {
        parse(text);
        return true;
    } catch (const ParseError&) {
        return false;
    }
}

char PartitaIva::check_digit(std::string_view first10) {
    const std::string code = detail::normalized_identifier(first10);
    if (code.size() != piva_length - 1) {
        reject(first10, "length " + std::to_string(code.size()) + ", expected 10 before the check digit");
    }
    require_digits(first10, code);
    return compute_check(code);
}

}  // namespace gradus
