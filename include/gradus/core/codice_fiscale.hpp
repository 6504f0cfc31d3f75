#pragma once

#include <string>
#include <string_view>
#include <utility>

namespace gradus {

// A person's 16-character codice fiscale (DM 23/12/1976), omocodia substitutions allowed in the
// seven digit positions (L M N P Q R S T U V for 0-9). Always valid once built.
class CodiceFiscale {
public:
    // Accepts upper or lower case and surrounding blanks; throws ParseError saying what is wrong
    // (length, character at position N, check character expected X found Y).
    static CodiceFiscale parse(std::string_view text);
    static bool is_valid(std::string_view text);
    // The check character (16th) for the first 15 characters; throws ParseError on bad input.
    static char check_character(std::string_view first15);

    const std::string& str() const { return m_code; }
    bool is_omocode() const;  // some digit position holds a substitution letter
    char sex() const;         // 'M' or 'F' (day of birth above 40 means F)

    friend bool operator==(const CodiceFiscale&, const CodiceFiscale&) = default;
    friend auto operator<=>(const CodiceFiscale&, const CodiceFiscale&) = default;

private:
    explicit CodiceFiscale(std::string code) : m_code(std::move(code)) {}
    std::string m_code;
};

// An 11-digit partita IVA (also the codice fiscale of firms and public bodies), with its Luhn-style
// check digit (DPR 633/1972 art. 35; DM 23/12/1976).
class PartitaIva {
public:
    static PartitaIva parse(std::string_view text);  // throws ParseError saying what is wrong
    static bool is_valid(std::string_view text);
    static char check_digit(std::string_view first10);

    const std::string& str() const { return m_code; }

    friend bool operator==(const PartitaIva&, const PartitaIva&) = default;
    friend auto operator<=>(const PartitaIva&, const PartitaIva&) = default;

private:
    explicit PartitaIva(std::string code) : m_code(std::move(code)) {}
    std::string m_code;
};

}  // namespace gradus
