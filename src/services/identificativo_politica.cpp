#include "gradus/services/identificativo_politica.hpp"

#include "gradus/core/codice_fiscale.hpp"
#include "gradus/core/errors.hpp"

#include <algorithm>
#include <array>

namespace gradus::services {

namespace {

constexpr std::size_t promoter_length = 11;
constexpr std::size_t tipo_length = 3;
constexpr std::size_t id_length = 11;

// SAP standard, table "Soggetti abilitati": 00 NCN, 01-21 the regions and autonomous provinces,
// 31 DOL (Crescere in Digitale), 32 SICAMERA (Crescere Imprenditori).
bool known_system(int code) { return (code >= 0 && code <= 21) || code == 31 || code == 32; }

bool is_hex_upper(char c) { return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F'); }

std::string yyyymmdd(const Date& d) {
    std::string iso = d.to_iso();
    iso.erase(std::remove(iso.begin(), iso.end(), '-'), iso.end());
    return iso;
}

// The codice fiscale check (DM 23/12/1976) is a sum over the characters, by their odd or even
// position, modulo 26. CodiceFiscale::check_character takes 15 characters: the 22 are summed as
// the first 15 plus the last 7 set at the same parities in a block padded with characters worth
// zero ('1' in odd positions, '0' in even ones).
char check_of_22(const std::string& tuple) {
    const char head = CodiceFiscale::check_character(tuple.substr(0, 15));
    const char tail = CodiceFiscale::check_character("1" + tuple.substr(15) + "1010101");
    return static_cast<char>('A' + ((head - 'A') + (tail - 'A')) % 26);
}

}  // namespace

char policy_check_character(std::string_view promoter_code, std::string_view tipo_attivita, const Date& proposed) {
    if (promoter_code.size() != promoter_length || tipo_attivita.size() != tipo_length) {
        throw ParseError("identificativo politica: the promoter code must have 11 characters and the tipo attivita 3 ('" +
                         std::string(promoter_code) + "', '" + std::string(tipo_attivita) + "')");
    }
    return check_of_22(std::string(promoter_code) + std::string(tipo_attivita) + yyyymmdd(proposed));
}

bool is_sending_system(std::string_view code) {
    return code.size() == 2 && code[0] >= '0' && code[0] <= '9' && code[1] >= '0' && code[1] <= '9' &&
           known_system((code[0] - '0') * 10 + (code[1] - '0'));
}

std::string make_identificativo_politica(std::string_view system_code, std::uint32_t sequence,
                                         std::string_view promoter_code, std::string_view tipo_attivita,
                                         const Date& proposed) {
    if (!is_sending_system(system_code)) {
        throw ParseError("identificativo politica: '" + std::string(system_code) + "' is not a sending system code");
    }
    constexpr std::string_view hex = "0123456789ABCDEF";
    std::string sequence_hex(8, '0');
    for (std::size_t i = 0; i < sequence_hex.size(); ++i) {
        sequence_hex[sequence_hex.size() - 1 - i] = hex[(sequence >> (4 * i)) & 0xFU];
    }
    return std::string(system_code) + sequence_hex + policy_check_character(promoter_code, tipo_attivita, proposed);
}

std::optional<std::string> identificativo_form_problem(std::string_view id) {
    if (id.size() != id_length) {
        return "length " + std::to_string(id.size()) + ", expected 11";
    }
    if (!is_sending_system(id.substr(0, 2))) {
        return "'" + std::string(id.substr(0, 2)) + "' is not a sending system code";
    }
    if (!std::all_of(id.begin() + 2, id.begin() + 10, is_hex_upper)) {
        return "characters 3-10 must be hexadecimal digits 0-9 A-F";
    }
    if (id[10] < 'A' || id[10] > 'Z') {
        return "character 11 must be a letter";
    }
    return std::nullopt;
}

}  // namespace gradus::services
