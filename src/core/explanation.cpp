#include "gradus/core/explanation.hpp"

#include <algorithm>

namespace gradus {

Explanation::Explanation(const Explanation& other)
    : m_steps(other.empty() ? nullptr : std::make_unique<std::vector<ExplanationStep>>(*other.m_steps)) {}

Explanation& Explanation::operator=(const Explanation& other) {
    if (this != &other) *this = Explanation(other);
    return *this;
}

const std::vector<ExplanationStep>& Explanation::steps() const {
    static const std::vector<ExplanationStep> none;
    return m_steps ? *m_steps : none;
}

std::vector<ExplanationStep>& Explanation::edit() {
    if (!m_steps) m_steps = std::make_unique<std::vector<ExplanationStep>>();
    return *m_steps;
}

ExplanationStep& Explanation::add(std::string rule, std::string source, std::string value, std::string note) {
    ExplanationStep step;
    step.rule = std::move(rule);
    step.source = std::move(source);
    step.value = std::move(value);
    step.note = std::move(note);
    return edit().emplace_back(std::move(step));
}

void Explanation::append(const Explanation& other) {
    if (other.empty()) return;
    if (&other == this) {  // a vector cannot insert a range of itself
        const Explanation copy(other);
        append(copy);
        return;
    }
    std::vector<ExplanationStep>& steps = edit();
    steps.insert(steps.end(), other.m_steps->begin(), other.m_steps->end());
}

const ExplanationStep* Explanation::find(std::string_view rule) const {
    const auto& all = steps();
    const auto it = std::find_if(all.begin(), all.end(), [rule](const ExplanationStep& step) { return step.rule == rule; });
    return it == all.end() ? nullptr : &*it;
}

}  // namespace gradus
