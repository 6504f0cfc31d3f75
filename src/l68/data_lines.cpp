#include "data_lines.hpp"

#include "gradus/core/errors.hpp"

namespace gradus::l68::detail {

std::vector<DataLine> data_lines(std::string_view text, const std::string& name, std::size_t fields) {
    std::vector<DataLine> lines;
    bool header_seen = false;
    std::size_t number = 0;
    while (!text.empty()) {
        const std::size_t end = text.find('\n');
        std::string_view line = text.substr(0, end);
        text = end == std::string_view::npos ? std::string_view() : text.substr(end + 1);
        ++number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        if (!header_seen) {
            header_seen = true;
            continue;
        }
        DataLine data{number, {}};
        for (std::size_t at = 0;;) {
            const std::size_t semi = line.find(';', at);
            data.fields.emplace_back(line.substr(at, semi == std::string_view::npos ? line.npos : semi - at));
            if (semi == std::string_view::npos) break;
            at = semi + 1;
        }
        if (data.fields.size() != fields) {
            throw ConfigError(name + ":" + std::to_string(number) + ": expected " + std::to_string(fields) +
                              " fields separated by ';', found " + std::to_string(data.fields.size()));
        }
        lines.push_back(std::move(data));
    }
    return lines;
}

}  // namespace gradus::l68::detail
