#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace gradus {

// One step of a computation, in the order it was taken: which rule, its legal source, the inputs
// it read (name and value as text, origin included where known) and the value it produced.
struct ExplanationStep {
    std::string rule;    // stable id, e.g. "isee.points"
    std::string source;  // legal or criteria source, e.g. "DGR 1219/2021 All. A"
    std::vector<std::pair<std::string, std::string>> inputs;
    std::string value;   // the result of the step, as text
    std::string note;    // plain-language sentence for staff and auditors (Italian)

    friend bool operator==(const ExplanationStep&, const ExplanationStep&) = default;
};

// The ordered trail every computation attaches to its results. An empty trail, as every ranked
// candidate of a national graduatoria has until a report rebuilds it, takes one pointer.
class Explanation {
public:
    Explanation() = default;
    Explanation(const Explanation& other);
    Explanation(Explanation&& other) noexcept = default;
    Explanation& operator=(const Explanation& other);
    Explanation& operator=(Explanation&& other) noexcept = default;
    ~Explanation() = default;

    ExplanationStep& add(std::string rule, std::string source, std::string value, std::string note = {});
    void append(const Explanation& other);
    const std::vector<ExplanationStep>& steps() const;
    const ExplanationStep* find(std::string_view rule) const;  // first step with that rule id
    bool empty() const { return !m_steps || m_steps->empty(); }

    friend bool operator==(const Explanation& a, const Explanation& b) { return a.steps() == b.steps(); }

private:
    std::vector<ExplanationStep>& edit();

    std::unique_ptr<std::vector<ExplanationStep>> m_steps;  // null until the first step
};

}  // namespace gradus
