#include "gradus/core/codice_fiscale.hpp"

#include "gradus/core/errors.hpp"
#include "identifier_text.hpp"

#include <array>

namespace gradus {

namespace {

constexpr std::size_t cf_length = 16;
// DM 23/12/1976: omocodia replaces the digits 0-9 with these letters.
constexpr std::string_view omocodia_letters = "LMNPQRSTUV";
constexpr std::string_view month_letters = "ABCDEHLMPRST";
// 1-based positions that hold digits, or omocodia letters in their place.
constexpr std::array<std::size_t, 7> digit_positions{7, 8, 10, 11, 13, 14, 15};
// DM 23/12/1976: the value of 0-9 and A-Z in odd positions (1st, 3rd, ...).
constexpr std::array<int, 26> odd_values{1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18,
                                         20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23};

bool is_upper_letter(char c) { return c >= 'A' && c <= 'Z'; }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_digit_or_omocodia(char c) { return is_digit(c) || omocodia_letters.find(c) != std::string_view::npos; }

int digit_value(char c) {
    return is_digit(c) ? c - '0' : static_cast<int>(omocodia_letters.find(c));
}

[[noreturn]] void reject(std::string_view text, const std::string& what) {
    throw ParseError("codice fiscale '" + std::string(text) + "': " + what);
}

std::string at(std::size_t position, char c) {
    return "position " + std::to_string(position) + ": '" + std::string(1, c) + "'";
}

// The day of birth (positions 10-11), omocodia undone; 41-71 for women.
int birth_day(std::string_view code) { return digit_value(code[9]) * 10 + digit_value(code[10]); }

char compute_check(std::string_view original, std::string_view first15) {
    int sum = 0;
    for (std::size_t i = 0; i < first15.size(); ++i) {
        const char c = first15[i];
        if (!is_digit(c) && !is_upper_letter(c)) {
            reject(original, at(i + 1, c) + " is not a letter or a digit");
        }
        const int index = is_digit(c) ? c - '0' : c - 'A';
        // DM 23/12/1976: odd positions by the table, even positions by plain value.
        sum += i % 2 == 0 ? odd_values[static_cast<std::size_t>(index)] : index;
    }
    return static_cast<char>('A' + sum % 26);
}

void check_structure(std::string_view original, std::string_view code) {
    if (code.size() != cf_length) {
        reject(original, "length " + std::to_string(code.size()) + ", expected 16");
    }
    for (const std::size_t position : {1, 2, 3, 4, 5, 6, 9, 12, 16}) {
        if (!is_upper_letter(code[position - 1])) {
            reject(original, at(position, code[position - 1]) + " is not a letter");
        }
    }
    for (const std::size_t position : digit_positions) {
        if (!is_digit_or_omocodia(code[position - 1])) {
            reject(original, at(position, code[position - 1]) + " is not a digit or an omocodia letter (LMNPQRSTUV)");
        }
    }
    if (month_letters.find(code[8]) == std::string_view::npos) {
        reject(original, at(9, code[8]) + " is not a month letter (ABCDEHLMPRST)");
    }
    const int day = birth_day(code);
    if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) {
        reject(original, "positions 10-11: day " + std::to_string(day) + " is not 01-31 or 41-71");
    }
}

}  // namespace

CodiceFiscale CodiceFiscale::parse(std::string_view text) {
    const std::string code = detail::normalized_identifier(text);
    check_structure(text, code);
    const char expected = compute_check(text, std::string_view(code).substr(0, cf_length - 1));
    if (code.back() != expected) {
        reject(text, std::string("check character: expected '") + expected + "', found '" + code.back() + "'");
    }
    return CodiceFiscale(code);
}

bool CodiceFiscale::is_valid(std::string_view text) {
    try {
        parse(text);
        return true;
    } catch (const ParseError&) {
        return false;
    }
}

char CodiceFiscale::check_character(std::string_view first15) {
    const std::string code = detail::normalized_identifier(first15);
    if (code.size() != cf_length - 1) {
        reject(first15, "length " + std::to_string(code.size()) + ", expected 15 before the check character");
    }
    return compute_check(first15, code);
}

bool CodiceFiscale::is_omocode() const {
    for (const std::size_t position : digit_positions) {
        if (!is_digit(m_code[position - 1])) {
            return true;
        }
    }
    return false;
}

// DM 23/12/1976: women's day of birth is increased by 40.
char CodiceFiscale::sex() const { return birth_day(m_code) > 40 ? 'F' : 'M'; }

}  // namespace gradus
