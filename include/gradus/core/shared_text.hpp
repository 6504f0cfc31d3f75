#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace gradus {

// An immutable text that its copies share instead of duplicating: the name of the file a million
// records were read from is held once, not once per record.
class SharedText {
public:
    SharedText() = default;
    SharedText(std::string text);  // implicit: a SharedText stands for its text
    SharedText(std::string_view text) : SharedText(std::string(text)) {}
    SharedText(const char* text) : SharedText(std::string(text)) {}
    // Out of line: GCC 12 inlines the shared_ptr's release into every thrown InputIssue and then
    // warns, wrongly, that it may be uninitialized.
    SharedText(const SharedText& other);
    SharedText(SharedText&& other) noexcept;
    SharedText& operator=(const SharedText& other);
    SharedText& operator=(SharedText&& other) noexcept;
    ~SharedText();

    const std::string& str() const;
    operator const std::string&() const { return str(); }
    bool empty() const { return !m_text; }

    friend bool operator==(const SharedText& a, const SharedText& b) {
        return a.m_text == b.m_text || a.str() == b.str();
    }

private:
    std::shared_ptr<const std::string> m_text;  // null for the empty text
};

}  // namespace gradus
