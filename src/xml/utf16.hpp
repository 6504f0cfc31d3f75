#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace gradus::xml::detail {

// Appends UTF-16 text (as Xerces hands it over) to `out` as UTF-8. Returns false on a lone
// surrogate, leaving `out` partly written.
bool append_utf8(std::string& out, const char16_t* text, std::size_t length);

// A null-terminated UTF-16 string from Xerces (null: empty) as UTF-8, up to any lone surrogate
// (Xerces hands none over in names, URIs and messages).
std::string to_utf8(const char16_t* text);

// UTF-8 to UTF-16 for the names and paths handed to Xerces; nothing when `text` is not valid UTF-8.
std::optional<std::u16string> to_utf16(std::string_view text);

}  // namespace gradus::xml::detail
