#include "gradus/core/explanation.hpp"

#include <algorithm>

namespace gradus {

ExplanationStep& Explanation::add(std::string rule, std::string source, std::string value, std::string note) {
    ExplanationStep step;
    step.rule = std::move(rule);
    step.source = std::move(source);
    step.value = std::move(value);
    step.note = std::move(note);
    return m_steps.emplace_back(std::move(step));
}

void Explanation::append(const Explanation& other) {
    m_steps.insert(m_steps.end(), other.m_steps.begin(), other.m_steps.end());
}

const ExplanationStep* Explanation::find(std::string_view rule) const {
    const auto it = std::find_if(m_steps.begin(), m_steps.end(),
                                 [rule](const ExplanationStep& step) { return step.rule == rule; });
    return it == m_steps.end() ? nullptr : &*it;
}

}  // namespace gradus
