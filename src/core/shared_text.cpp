#include "gradus/core/shared_text.hpp"

namespace gradus {

SharedText::SharedText(std::string text) {
    if (!text.empty()) m_text = std::make_shared<const std::string>(std::move(text));
}

SharedText::SharedText(const SharedText& other) = default;
SharedText::SharedText(SharedText&& other) noexcept = default;
SharedText& SharedText::operator=(const SharedText& other) = default;
SharedText& SharedText::operator=(SharedText&& other) noexcept = default;
SharedText::~SharedText() = default;

const std::string& SharedText::str() const {
    static const std::string none;
    return m_text ? *m_text : none;
}

}  // namespace gradus
