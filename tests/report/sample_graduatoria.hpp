#pragma once

#include "gradus/art16/graduatoria.hpp"
#include "gradus/report/report_context.hpp"

#include <string>
#include <vector>

namespace gradus::report::test {

// A small graduatoria built by hand: three ranked candidates (a reserved post, then a tie on the
// score decided by "piu_giovane") and one excluded. Names hold ; quotes, accented letters and a
// leading "=".
art16::Graduatoria sample_graduatoria();

// A graduatoria of `ranked_count` ranked and `excluded_count` excluded candidates, built by a fixed
// rule (the same counts give the same graduatoria): reserved posts, groups, components that vary
// from candidate to candidate (one unknown to the reports, one given twice), explanation trails
// with and without inputs, and names, reasons and notes holding what every format escapes.
art16::Graduatoria large_sample_graduatoria(std::size_t ranked_count, std::size_t excluded_count);

ReportContext sample_context();

// Every text of the sample that a public output must not show: names, codici fiscali, birth
// dates, ISEE and dependants figures, reserve kinds, exclusion reasons and their codes, the
// explanation and the deciding keys.
std::vector<std::string> sample_personal_texts();

}  // namespace gradus::report::test
